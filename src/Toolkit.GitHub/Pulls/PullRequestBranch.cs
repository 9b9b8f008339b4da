namespace Toolkit.GitHub.Pulls;

/// <summary>The <c>head</c> or <c>base</c> of a pull request.</summary>
public sealed record PullRequestBranch(string Ref, string Sha)
{
    public string? Label { get; init; }
}
