namespace Toolkit.GitHub.Users;

/// <summary>A user or bot as GitHub embeds it (<c>login</c>, <c>id</c>, <c>type</c>).</summary>
public sealed record GitHubUser(string Login)
{
    public long Id { get; init; }

    /// <summary><c>User</c>, <c>Bot</c>, <c>Organization</c>; a string so new kinds still parse.</summary>
    public string? Type { get; init; }
}
