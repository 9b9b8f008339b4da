namespace Toolkit.GitHub.Events;

/// <summary>A file changed between two commits; paths are relative to the repository root with <c>/</c> separators.</summary>
/// <param name="PreviousPath">The path before a rename (or the source of a copy); null otherwise.</param>
public sealed record ChangedFile(ChangedFileStatus Status, string Path, string? PreviousPath = null);
