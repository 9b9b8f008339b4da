using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;

namespace Toolkit.Core.Reporting;

/// <summary>A finding on its way into SARIF, with the waiver that covered it, if any.</summary>
internal sealed record SarifEntry(Finding Finding, Waiver? Waiver)
{
    public bool HasLocation => !string.IsNullOrWhiteSpace(Finding.Location?.Path);

    /// <summary>
    /// Findings then waived findings, each most severe first, keeping the gate's order otherwise, so capping keeps what
    /// matters most.
    /// </summary>
    public static IReadOnlyList<SarifEntry> From(GateVerdict verdict) =>
        VerdictLists.Findings(verdict).Select(f => new SarifEntry(f, null))
            .Concat(VerdictLists.Waived(verdict).Select(w => new SarifEntry(w.Finding, w.Waiver)))
            .Select((entry, index) => (entry, index))
            .OrderBy(e => e.entry.Waiver is null ? 0 : 1)
            .ThenBy(e => VerdictText.Rank(e.entry.Finding.Severity))
            .ThenBy(e => e.index)
            .Select(e => e.entry)
            .ToList();
}
