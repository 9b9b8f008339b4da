using Toolkit.Gates.Migrations.Planning;

namespace Toolkit.Gates.Migrations.Reporting;

/// <summary>One migration in plan.json.</summary>
internal sealed record PlannedMigration(string Id, string Up, string? Down, bool New, string TransactionMode, ChangeClass Class, IReadOnlyList<string> Expand, IReadOnlyList<string> Contract);
