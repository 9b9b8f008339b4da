namespace Toolkit.Gates.Migrations.Planning;

/// <summary>Application code that still names a dropped table or column.</summary>
public sealed record CodeReference(RemovedName Removed, string Path, int Line, int Column);
