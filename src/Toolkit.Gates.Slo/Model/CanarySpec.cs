namespace Toolkit.Gates.Slo.Model;

/// <summary>How canary and baseline are compared and scored (Keptn-style: pass = full weight, warning = half).</summary>
internal sealed record CanarySpec
{
    public IReadOnlyList<CanaryObjective> Objectives { get; init; } = [];

    /// <summary>The window compared. The default value is 1 hour.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Score (0-100) at or above which the comparison passes. The default value is 90.</summary>
    public double PassScore { get; init; } = 90;

    /// <summary>Score at or above which it warns; below fails. The default value is 75.</summary>
    public double WarnScore { get; init; } = 75;
}
