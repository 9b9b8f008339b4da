namespace Toolkit.Gates.Performance.Baselines;

/// <summary>Where the history of recorded runs lives: a directory (<see cref="BaselineStore"/>) or a git branch (<see cref="GitBranchStore"/>).</summary>
internal interface IBaselineStore
{
    /// <summary>How reports name the store.</summary>
    string Display { get; }

    /// <summary>
    /// Every readable entry, oldest first. <paramref name="error"/> is set (and nothing returned) when a file is not a
    /// history entry or the store cannot be read; <paramref name="warning"/> when the store is usable but missing.
    /// </summary>
    IReadOnlyList<HistoryEntry> Load(out string? error, out string? warning);

    /// <summary>Appends <paramref name="entry"/> and removes the oldest entries beyond <paramref name="keep"/>.</summary>
    /// <returns>Where the entry was written, for the log.</returns>
    string Record(HistoryEntry entry, int keep);
}
