namespace Toolkit.GitHub.Checks;

/// <summary>
/// Values of a check run's <c>status</c>. Strings, not an enum, so a value GitHub adds later still deserializes.
/// </summary>
public static class CheckRunStatus
{
    public const string Queued = "queued";
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
}
