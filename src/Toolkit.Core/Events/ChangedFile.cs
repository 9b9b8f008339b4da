namespace Toolkit.Core.Events;

/// <summary>A file changed between two commits; paths are relative to the repository root with <c>/</c> separators.</summary>
/// <param name="Status">How it changed.</param>
/// <param name="Path">Its path in the head.</param>
/// <param name="PreviousPath">The path before a rename (or the source of a copy); null otherwise.</param>
public sealed record ChangedFile(ChangedFileStatus Status, string Path, string? PreviousPath = null);
