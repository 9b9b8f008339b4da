using Toolkit.GitHub.Users;

namespace Toolkit.GitHub.Branches;

/// <summary>Users, teams and apps as GitHub returns them in restrictions, dismissal restrictions and bypass allowances.</summary>
public sealed record ProtectionActors
{
    public IReadOnlyList<GitHubUser> Users { get; init; } = [];

    public IReadOnlyList<GitHubTeam> Teams { get; init; } = [];

    public IReadOnlyList<GitHubApp> Apps { get; init; } = [];

    /// <summary>The request shape: logins and slugs.</summary>
    public ProtectionActorNames ToNames() =>
        new([.. Users.Select(u => u.Login)], [.. Teams.Select(t => t.Slug)]) { Apps = [.. Apps.Select(a => a.Slug)] };
}
