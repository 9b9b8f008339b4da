namespace Toolkit.GitHub.Branches;

/// <summary>Users (logins), teams (slugs) and apps (slugs) in the request shape of the protection <c>PUT</c>.</summary>
public sealed record ProtectionActorNames(IReadOnlyList<string> Users, IReadOnlyList<string> Teams)
{
    public IReadOnlyList<string>? Apps { get; init; }
}
