using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Slo.Loading.OpenSlo;

/// <summary>One OpenSLO objective: its target (percent), threshold comparison and time-slice settings.</summary>
internal sealed record OpenSloObjective(string? DisplayName, double TargetPercent, SourceLocation Location)
{
    /// <summary>PromQL comparison for threshold metrics (<c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>).</summary>
    public string? Operator { get; init; }

    public double? Value { get; init; }

    /// <summary>Share of good events a slice needs to be good (Timeslices), 0..1.</summary>
    public double? TimeSliceTarget { get; init; }

    public TimeSpan? TimeSliceWindow { get; init; }

    /// <summary>The objective's own indicator (composite SLOs); null means the SLO's.</summary>
    public OpenSloIndicator? Indicator { get; init; }
}
