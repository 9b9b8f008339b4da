using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Slo.Model;

/// <summary>
/// One service level indicator. Queries carry a <c>{{window}}</c> placeholder (Sloth's <c>{{.window}}</c> works too)
/// and may carry <c>{{selector}}</c> where canary/baseline label matchers go.
/// </summary>
/// <param name="Name">Name within the golden path.</param>
/// <param name="Kind">Ratio or latency.</param>
/// <param name="Location">Where it is declared.</param>
internal sealed record Sli(string Name, SliKind Kind, SourceLocation Location)
{
    /// <summary>Bad events per window (ratio SLIs); either this or <see cref="GoodQuery"/>.</summary>
    public string? ErrorQuery { get; init; }

    /// <summary>Good events per window (ratio SLIs).</summary>
    public string? GoodQuery { get; init; }

    /// <summary>All events per window (ratio SLIs).</summary>
    public string? TotalQuery { get; init; }

    /// <summary>Latency quantile queries in seconds keyed by metric name (<c>p50_ms</c>, <c>p95_ms</c>, <c>p99_ms</c>).</summary>
    public IReadOnlyDictionary<string, string> Quantiles { get; init; } = new Dictionary<string, string>();

    /// <summary>Objective in percent (99.9). The default value is 99.9.</summary>
    public double Objective { get; init; } = 99.9;

    /// <summary>The SLO window the budget is counted over. The default value is 30 days.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);

    public NoDataPolicy OnNoData { get; init; } = NoDataPolicy.Error;

    /// <summary>The error budget as a ratio: 1 - objective.</summary>
    public double Budget => 1 - (Objective / 100);

    /// <summary>Set when the window is calendar-aligned: the budget then counts from the start of the current period.</summary>
    public CalendarWindow? Calendar { get; init; }

    /// <summary>Burn-rate window pairs declared with the SLO (Sloth <c>AlertWindows</c>); null means <see cref="Burn.WindowPair.For"/> its window.</summary>
    public IReadOnlyList<Burn.WindowPair>? AlertWindows { get; init; }

    /// <summary>Labels the generated recording and alerting rules carry (Sloth and OpenSLO labels).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>How the generated alerts are named and labelled.</summary>
    public AlertSpec Alerting { get; init; } = new();

    /// <summary>Set when the SLO loaded but cannot be measured against Prometheus; the gate then reports it and fails closed.</summary>
    public Unmeasurable? Unmeasurable { get; init; }

    /// <summary>The window the remaining budget is measured over at <paramref name="at"/>: the rolling window, or the elapsed part of the calendar period.</summary>
    public TimeSpan BudgetWindowAt(DateTimeOffset at) => Calendar?.ElapsedAt(at) ?? Window;
}
