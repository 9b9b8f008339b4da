namespace Toolkit.Gates.Migrations.Reporting;

/// <summary>One migration directory in plan.json.</summary>
internal sealed record PlannedDirectory(string Directory, string Tool, string? Base, IReadOnlyList<PlannedMigration> Migrations);
