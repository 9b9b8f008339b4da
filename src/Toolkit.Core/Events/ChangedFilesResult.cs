namespace Toolkit.Core.Events;

/// <summary>The files changed between two commits, or why git could not list them.</summary>
/// <param name="Files">The files git listed; empty when it could not.</param>
/// <param name="Error">Why git could not list them; null when it did.</param>
public sealed record ChangedFilesResult(IReadOnlyList<ChangedFile> Files, string? Error)
{
    /// <summary>True when git listed the files.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>The files git listed.</summary>
    public static ChangedFilesResult Ok(IReadOnlyList<ChangedFile> files) => new(files, null);

    /// <summary>Why git could not list them.</summary>
    public static ChangedFilesResult Failed(string error) => new([], error);
}
