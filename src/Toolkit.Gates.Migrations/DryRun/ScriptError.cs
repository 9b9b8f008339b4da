namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>PostgreSQL rejected a statement: its message and the file position it points at.</summary>
internal sealed record ScriptError(string Path, int Line, int Column, string Message, string? SqlState);
