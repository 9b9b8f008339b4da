namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>How the migration tool runs a file, which decides whether <c>CONCURRENTLY</c> can work.</summary>
internal enum TransactionMode
{
    /// <summary>Autocommit: each statement on its own.</summary>
    None,

    /// <summary>The tool wraps the whole file in one transaction (Flyway, dbmate).</summary>
    PerFile,

    /// <summary>
    /// The file is sent as one simple-protocol query (golang-migrate): several statements then run in one implicit
    /// transaction, a single statement runs on its own.
    /// </summary>
    MultiStatementQuery,
}
