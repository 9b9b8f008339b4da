using Toolkit.Core.Gates;

namespace Toolkit.Gates.Slo.Rules;

/// <summary>The rules of slo-gates, all prefixed <c>slo/</c>, with their titles and help anchors in docs/slo-formats.md.</summary>
internal static class SloRules
{
    public static readonly GateRule BurnRatePage = Rule("burn-rate-page", "Fast error-budget burn");
    public static readonly GateRule BurnRateTicket = Rule("burn-rate-ticket", "Slow error-budget burn");
    public static readonly GateRule NoData = Rule("no-data", "SLI without data");
    public static readonly GateRule Threshold = Rule("threshold", "SLO threshold broken");
    public static readonly GateRule UnmeasuredThreshold = Rule("unmeasured-threshold", "Threshold without a measurement");
    public static readonly GateRule ProbeTruncated = Rule("probe-truncated", "Probe cut short by its time budget");
    public static readonly GateRule ProbeFailures = Rule("probe-failures", "Probe requests failed");
    public static readonly GateRule Canary = Rule("canary", "Canary vs baseline");
    public static readonly GateRule Summary = Rule("summary", "Golden path measured");

    /// <summary>Every rule, in the order docs/slo-formats.md lists them.</summary>
    public static IReadOnlyList<GateRule> All { get; } = [BurnRatePage, BurnRateTicket, NoData, Threshold, UnmeasuredThreshold, ProbeTruncated, ProbeFailures, Canary, Summary];

    private static GateRule Rule(string name, string title) => GateRule.Documented("slo/", name, title, "slo-formats.md");
}
