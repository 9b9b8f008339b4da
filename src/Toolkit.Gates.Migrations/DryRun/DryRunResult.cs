namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Everything the dry run observed.</summary>
internal sealed record DryRunResult(IReadOnlyList<StepResult> Steps, CatalogSnapshot Before, CatalogSnapshot After)
{
    /// <summary>Base to after-up: what the new migrations change.</summary>
    public IReadOnlyList<SchemaChange> SchemaDiff => After.DiffFrom(Before);

    /// <summary>New migrations without a down script (rollback not provable).</summary>
    public IReadOnlyList<string> MissingDown { get; init; } = [];

    /// <summary>True when every down ran and restored the schema each up changed.</summary>
    public bool RollbackProven { get; init; }

    /// <summary>True when the ups ran again after the downs, to the same schema.</summary>
    public bool ReapplyWorks { get; init; }

    /// <summary>After re-applying, differences from the first up (non-repeatable ups).</summary>
    public IReadOnlyList<SchemaChange> ReapplyMismatch { get; init; } = [];

    public IReadOnlyList<string> Log { get; init; } = [];

    /// <summary>Shadow parity per read query (empty when not configured).</summary>
    public IReadOnlyList<ParityResult> Parity { get; init; } = [];

    public bool Failed => Steps.Any(s => s.Error is not null);
}
