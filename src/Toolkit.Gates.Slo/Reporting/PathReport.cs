namespace Toolkit.Gates.Slo.Reporting;

/// <summary>The evidence document <c>slo/&lt;path&gt;.json</c>: what was measured for one golden path.</summary>
internal sealed record PathReport(string Name, string Owner, DateTimeOffset At, IReadOnlyList<SliReport> Slis, ProbeReport? Probe);

/// <summary>One SLI in <see cref="PathReport"/>. Values that are not numbers are written as null.</summary>
internal sealed record SliReport(
    string Name,
    string Kind,
    double Objective,
    string Window,
    double? ErrorRate,
    double? BudgetRemaining,
    string Level,
    IReadOnlyDictionary<string, double?> ErrorRatios,
    IReadOnlyList<BurnReport> BurnRates,
    IReadOnlyDictionary<string, double?> LatencyMs,
    string? NoData);

/// <summary>One window pair's burn rates.</summary>
internal sealed record BurnReport(string Pair, double? LongBurn, double? ShortBurn, double Factor, string Level, bool Fires);

/// <summary>A probe's results.</summary>
internal sealed record ProbeReport(string Url, int Requests, int Failures, double? ErrorRate, double? P50Ms, double? P95Ms, double? P99Ms, bool Truncated, string? FirstFailure, string? FirstTraceId);
