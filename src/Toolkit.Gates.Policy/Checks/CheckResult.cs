namespace Toolkit.Gates.Policy.Checks;

/// <summary>What one check across the repository found, and what stopped it (each problem makes the verdict error).</summary>
/// <param name="Findings">Its findings, in the order it found them.</param>
/// <param name="Problems">Why (part of) it could not be checked, each with its fix.</param>
internal sealed record CheckResult(IReadOnlyList<Finding> Findings, IReadOnlyList<string> Problems)
{
    public static CheckResult Empty { get; } = new([], []);

    /// <summary>What the run log should say (e.g. that branch protection could not be read).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Its figures for the verdict, in the order they were measured.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Its thresholds for the verdict.</summary>
    public IReadOnlyList<ThresholdResult> Thresholds { get; init; } = [];
}
