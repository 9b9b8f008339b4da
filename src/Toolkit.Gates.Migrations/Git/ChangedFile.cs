namespace Toolkit.Gates.Migrations.Git;

/// <summary>A file the change touches: its git status letter (<c>A</c>, <c>M</c>, <c>D</c> ...) and repository-relative path.</summary>
internal sealed record ChangedFile(char Status, string Path);
