namespace Toolkit.Core.Verdicts;

/// <summary>Where and when a verdict was produced.</summary>
/// <param name="ToolkitVersion">The toolkit version that ran the gate (<see cref="Runtime.ToolkitInfo.Version"/>).</param>
/// <param name="Repository">The repository as <c>owner/name</c>, when run in GitHub Actions.</param>
/// <param name="CommitSha">The commit checked, when run in GitHub Actions.</param>
/// <param name="BaseSha">The base the change was compared against (the run's base ref), when given.</param>
/// <param name="Environment">The environment the verdict is for.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When the verdict was decided, before the reports were written.</param>
public sealed record Provenance(
    string ToolkitVersion,
    string? Repository,
    string? CommitSha,
    string? BaseSha,
    string Environment,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt)
{
    /// <summary>The workflow run that produced it, when run in GitHub Actions.</summary>
    public string? RunUrl { get; init; }
}
