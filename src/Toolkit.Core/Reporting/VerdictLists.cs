using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>
/// A verdict's lists without nulls. Verdicts are read back from JSON written by other tools and hands, where
/// <c>"findings": null</c> or a null entry is possible; reporters must not throw on them.
/// </summary>
internal static class VerdictLists
{
    public static IReadOnlyList<Finding> Findings(GateVerdict verdict) => NonNull(verdict.Findings);

    public static IReadOnlyList<WaivedFinding> Waived(GateVerdict verdict) =>
        (verdict.Waived ?? []).Where(w => w?.Finding is not null).ToList();

    public static IReadOnlyList<ThresholdResult> Thresholds(GateVerdict verdict) => NonNull(verdict.Thresholds);

    public static IReadOnlyList<EvidenceItem> Evidence(GateVerdict verdict) => NonNull(verdict.Evidence);

    private static IReadOnlyList<T> NonNull<T>(IReadOnlyList<T>? items)
        where T : class =>
        items is null ? [] : items.Any(i => i is null) ? items.Where(i => i is not null).ToList() : items;
}
