namespace Toolkit.GitHub.Publishing;

/// <summary>What publishing did, as data: ids, actions, and the number of HTTP requests it took.</summary>
public sealed record PublishResult
{
    /// <summary>What to tell the user when the token could not write.</summary>
    public const string ReadOnlyInstructions =
        "This run has a read-only token (fork pull request or Dependabot). The verdict is in the job summary and the artifact; " +
        "post it from a workflow_run follow-up with `gate publish --from artifacts/gates`.";

    /// <summary>True when GitHub answered 403 <c>Resource not accessible by integration</c>; not a failure.</summary>
    public bool ReadOnly { get; init; }

    /// <summary><see cref="ReadOnlyInstructions"/> when <see cref="ReadOnly"/>.</summary>
    public string? Instructions { get; init; }

    public long? CheckRunId { get; init; }

    public PublishAction CheckRun { get; init; }

    /// <summary>Annotations sent (at most <see cref="PublishRequest.AnnotationCap"/>).</summary>
    public int AnnotationsSent { get; init; }

    /// <summary>Located findings past the cap, mentioned in the summary instead.</summary>
    public int AnnotationsOmitted { get; init; }

    public long? CommentId { get; init; }

    public PublishAction Comment { get; init; }

    /// <summary>Duplicate gate comments (from a past race) that were deleted.</summary>
    public int DuplicateCommentsDeleted { get; init; }

    /// <summary>The commit status state sent (<c>success</c> ...), when one was.</summary>
    public string? StatusState { get; init; }

    /// <summary>HTTP requests sent, retries included.</summary>
    public int RequestsSent { get; init; }
}
