namespace Toolkit.GitHub.Issues;

/// <summary>Body of creating or updating an issue comment: markdown, at most 65,536 characters.</summary>
public sealed record IssueCommentBody(string Body)
{
    public const int MaxLength = 65_536;
}
