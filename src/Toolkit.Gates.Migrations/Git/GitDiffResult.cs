namespace Toolkit.Gates.Migrations.Git;

/// <summary>The files changed since the merge base, or why git could not say.</summary>
internal sealed record GitDiffResult(IReadOnlyList<ChangedFile> Files, string? Error);
