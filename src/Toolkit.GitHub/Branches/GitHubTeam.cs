namespace Toolkit.GitHub.Branches;

/// <summary>A team as embedded in protection settings; requests name it by <see cref="Slug"/>.</summary>
public sealed record GitHubTeam(string Slug)
{
    public string? Name { get; init; }
}
