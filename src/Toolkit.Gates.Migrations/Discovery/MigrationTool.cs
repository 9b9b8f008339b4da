namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>The migration tools whose file layouts the gate reads.</summary>
public enum MigrationTool
{
    /// <summary>Detect from the files in the directory.</summary>
    Auto,

    /// <summary><c>NNN_name.up.sql</c> / <c>NNN_name.down.sql</c>; each file is sent as one multi-statement query.</summary>
    GolangMigrate,

    /// <summary><c>V&lt;ver&gt;__name.sql</c>, <c>U&lt;ver&gt;__name.sql</c>, <c>R__name.sql</c>; each file runs in a transaction.</summary>
    Flyway,

    /// <summary>One file with <c>-- migrate:up</c> / <c>-- migrate:down</c>; in a transaction unless <c>transaction:false</c>.</summary>
    Dbmate,

    /// <summary>An ordered directory of <c>.sql</c> files run one statement at a time (autocommit), with no down.</summary>
    Plain,
}
