namespace Toolkit.GitHub.Branches;

/// <summary>A required check (<c>checks[]</c>): its name and, when pinned, the GitHub App that must report it.</summary>
public sealed record StatusCheck(string Context)
{
    /// <summary>The app that must set the check; null lets GitHub pick; -1 allows any app.</summary>
    public long? AppId { get; init; }
}
