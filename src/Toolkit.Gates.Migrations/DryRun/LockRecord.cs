namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>A lock a new migration held on a table that existed before it ran.</summary>
internal sealed record LockRecord(string Relation, string Mode);
