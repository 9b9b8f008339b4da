namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>One read query before and after the new migrations.</summary>
internal sealed record ParityResult(string Query, int RowsBefore, int RowsAfter, bool Same)
{
    /// <summary>Why the query failed, when it did (typically after a contract removed what it reads).</summary>
    public string? Error { get; init; }
}
