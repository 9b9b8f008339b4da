namespace Toolkit.Gates.Migrations.Planning;

/// <summary>Application code that still names a dropped table or column.</summary>
internal sealed record CodeReference(RemovedName Removed, string Path, int Line, int Column);
