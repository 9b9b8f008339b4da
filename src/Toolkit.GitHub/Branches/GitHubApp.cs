namespace Toolkit.GitHub.Branches;

/// <summary>A GitHub App as embedded in protection settings; requests name it by <see cref="Slug"/>.</summary>
public sealed record GitHubApp(string Slug)
{
    public long Id { get; init; }
}
