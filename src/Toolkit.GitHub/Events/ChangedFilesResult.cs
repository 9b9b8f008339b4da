namespace Toolkit.GitHub.Events;

/// <summary>The files changed between two commits, or why git could not list them.</summary>
public sealed record ChangedFilesResult(IReadOnlyList<ChangedFile> Files, string? Error)
{
    /// <summary>True when git listed the files.</summary>
    public bool IsSuccess => Error is null;

    public static ChangedFilesResult Ok(IReadOnlyList<ChangedFile> files) => new(files, null);

    public static ChangedFilesResult Failed(string error) => new([], error);
}
