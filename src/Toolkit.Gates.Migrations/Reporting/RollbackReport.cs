using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations.Reporting;

/// <summary>rollback.json: per directory, whether every down restored the schema and the ups re-applied.</summary>
internal sealed record RollbackReport(string Directory, bool Proven, bool ReapplyWorks, IReadOnlyList<string> MissingDown, IReadOnlyList<StepResult> Downs, IReadOnlyList<SchemaChange> ReapplyMismatch);
