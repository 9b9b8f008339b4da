using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Rules;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>The base the head is compared with, the store's history for the trend, and why the base is not the PR base exactly.</summary>
/// <param name="Base">The base entry; null without a baseline (or an empty store).</param>
/// <param name="History">Recorded runs, oldest first (the trend chart appends the head).</param>
/// <param name="Note">Why the base is not the PR base exactly, when it is not.</param>
/// <param name="Failure">Why no baseline could be read at all.</param>
/// <param name="Warn">Whether the note is a warning although there is no base (a missing store branch).</param>
internal sealed record BaselineResolution(HistoryEntry? Base, IReadOnlyList<HistoryEntry> History, string? Note, Unevaluable? Failure, bool Warn = false)
{
    /// <summary>The note as a finding: a warning when a base stands in for the PR base, a note when there is none.</summary>
    public IReadOnlyList<Finding> Findings => Note is null
        ? []
        : [PerformanceRules.Baseline.Find(Warn || Base is not null ? Severity.Warning : Severity.Note, Note)];
}
