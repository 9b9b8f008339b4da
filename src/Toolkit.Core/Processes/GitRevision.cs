namespace Toolkit.Core.Processes;

/// <summary>A revision the user named, resolved to a commit, or why it cannot be used.</summary>
/// <param name="Sha">The full commit sha, or null.</param>
/// <param name="Problem">Why the value is not a usable revision (refused as an option, unknown to git), or null.</param>
public sealed record GitRevision(string? Sha, string? Problem);
