using Toolkit.Core.Configuration;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Gates;

/// <summary>What a gate found, before waivers and policy turn it into a <see cref="GateVerdict"/>.</summary>
/// <param name="Summary">One line for tables and statuses; the runner appends waiver counts.</param>
public sealed record GateOutcome(string Summary)
{
    /// <summary>Rule id of the finding that explains why a gate could not evaluate.</summary>
    public const string CouldNotEvaluateRule = "toolkit/could-not-evaluate";

    /// <summary>What the gate found; waivers are applied to these by the runner.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Measurements by name (units in the name, e.g. <c>p95_ms</c>); non-finite values are dropped from the verdict.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>Thresholds checked; one that did not hold makes the verdict <c>fail</c>.</summary>
    public IReadOnlyList<ThresholdResult> Thresholds { get; init; } = [];

    /// <summary>Files written to the evidence directory that back the verdict.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>
    /// The gate's own Markdown section (a dependency table, a comparison with the base, a schema diff), shown in the
    /// PR comment and job summary under the summary. Dropped first when the comment would be too long.
    /// </summary>
    public string? Details { get; init; }

    /// <summary>True when the gate could not evaluate; the verdict is then <c>error</c>.</summary>
    public bool IsError { get; init; }

    /// <summary>
    /// The gate could not evaluate: the verdict is <c>error</c> and the reason is a finding at
    /// <paramref name="location"/> (file, line and the fix in <paramref name="message"/>).
    /// </summary>
    public static GateOutcome CouldNotEvaluate(string message, SourceLocation? location = null) =>
        new(message)
        {
            IsError = true,
            Findings = [new Finding(CouldNotEvaluateRule, Severity.Error, message, location) { Title = "Could not evaluate" }],
        };

    /// <summary>
    /// The gate's options do not bind: every problem in one message (each at its <c>file:line:column</c>, the command
    /// line's by the option they name), the finding at the first problem's place in a file.
    /// </summary>
    public static GateOutcome InvalidConfiguration(string gate, IReadOnlyList<ConfigDiagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        var all = string.Join(Environment.NewLine, problems.Select(p => p.File == ConfigDiagnostic.CommandLine ? p.Message : p.ToString()));
        var placed = problems.FirstOrDefault(p => p.File != ConfigDiagnostic.CommandLine);

        // Problems of options alone name the option and its fix; a file's problems say which gate's section to fix.
        return placed is null
            ? CouldNotEvaluate(all)
            : CouldNotEvaluate($"The {gate} configuration is invalid: {all}", new SourceLocation(placed.File, placed.Line, placed.Column));
    }
}
