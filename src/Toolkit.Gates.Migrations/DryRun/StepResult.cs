namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>One script applied in the dry run.</summary>
/// <param name="Phase"><c>base</c>, <c>up</c>, <c>down</c> or <c>reapply</c> (<c>rebuild</c> steps are logged only).</param>
/// <param name="Migration">The migration (<c>version_name</c>).</param>
/// <param name="Path">The script file.</param>
/// <param name="DurationMs">Wall time of the script.</param>
internal sealed record StepResult(string Phase, string Migration, string Path, double DurationMs)
{
    public IReadOnlyList<LockRecord> Locks { get; init; } = [];

    public ScriptError? Error { get; init; }

    /// <summary>For a down step: the schema did not return to what it was before the matching up.</summary>
    public IReadOnlyList<SchemaChange> RollbackMismatch { get; init; } = [];

    /// <summary>For a down step: what PostgreSQL cannot undo (an enum value its up added), reported as such, once.</summary>
    public IReadOnlyList<string> Irreversible { get; init; } = [];

    /// <summary>
    /// For a down step: the other migrations whose downs were judged together with this one, as parts of one migration
    /// split into files (Ory popx); <see cref="RollbackMismatch"/> is then the parts' joint result.
    /// </summary>
    public IReadOnlyList<string> JudgedWith { get; init; } = [];
}
