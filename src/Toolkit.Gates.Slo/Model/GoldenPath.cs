using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Slo.Model;

/// <summary>A user journey that must stay healthy: its SLIs, optional probe and gate thresholds.</summary>
internal sealed record GoldenPath(string Name, string Owner, SourceLocation Location)
{
    public IReadOnlyList<Sli> Slis { get; init; } = [];

    public Probe? Probe { get; init; }

    /// <summary>Thresholds in the release contract's form; empty means the gate's defaults.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>The window error_rate and latency are measured over. The default value is 1 hour.</summary>
    public TimeSpan EvaluationWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>A file-name-safe form of the name for evidence files.</summary>
    public string FileName => string.Concat(Name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
