namespace Toolkit.Gates.Dr.Drills;

/// <summary>
/// One restore drill as recorded in <c>dr/*.json</c>: which system, what kind (failover, cutback, restore), when it
/// ran, what it measured, and whether it passed.
/// </summary>
internal sealed record DrillRecord(
    string System,
    string Kind,
    DateTimeOffset Started,
    DateTimeOffset Completed,
    TimeSpan MeasuredRto,
    TimeSpan? MeasuredRpo,
    bool Passed,
    string File,
    int Entry);
