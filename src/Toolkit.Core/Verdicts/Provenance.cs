namespace Toolkit.Core.Verdicts;

/// <summary>Where and when a verdict was produced.</summary>
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
