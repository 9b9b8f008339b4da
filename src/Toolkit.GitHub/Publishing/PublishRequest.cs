namespace Toolkit.GitHub.Publishing;

/// <summary>Where and how to publish one gate's verdict.</summary>
/// <param name="Owner">Repository owner.</param>
/// <param name="Repo">Repository name.</param>
/// <param name="HeadSha">The commit the verdict is about (the pull request head, not the merge commit).</param>
public sealed record PublishRequest(string Owner, string Repo, string HeadSha)
{
    /// <summary>The pull request to comment on; no comment without it.</summary>
    public int? PullNumber { get; init; }

    /// <summary>The workflow run URL, linked from the check run and the status.</summary>
    public string? DetailsUrl { get; init; }

    /// <summary>The comment markdown, rendered by the caller; the hidden gate marker is added when missing.</summary>
    public string? CommentBody { get; init; }

    /// <summary>The check run summary markdown; the verdict summary when null.</summary>
    public string? CheckSummary { get; init; }

    /// <value>The default value is <see cref="PublishModes.Default"/>.</value>
    public PublishModes Modes { get; init; } = PublishModes.Default;

    /// <summary>At most this many annotations (GitHub shows up to 1000 per check run); the rest are counted in the summary.</summary>
    /// <value>The default value is 1000.</value>
    public int AnnotationCap { get; init; } = 1000;

    /// <summary>The check run <see cref="VerdictPublisher.StartCheckRunAsync"/> created, when known; saves a lookup.</summary>
    public long? CheckRunId { get; init; }

    public GitHubRepository Repository => new(Owner, Repo);
}
