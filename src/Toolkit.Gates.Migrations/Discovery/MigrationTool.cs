namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>The migration tools whose file layouts the gate reads.</summary>
public enum MigrationTool
{
    /// <summary>Detect from the files in the directory.</summary>
    Auto,

    /// <summary><c>NNN_name.up.sql</c> / <c>NNN_name.down.sql</c> paired by version; each file is sent as one multi-statement query.</summary>
    GolangMigrate,

    /// <summary><c>V&lt;ver&gt;__name.sql</c>, <c>U&lt;ver&gt;__name.sql</c>, <c>R__name.sql</c>; each file runs in a transaction.</summary>
    Flyway,

    /// <summary>One file with <c>-- migrate:up</c> / <c>-- migrate:down</c>; in a transaction unless <c>transaction:false</c>.</summary>
    Dbmate,

    /// <summary>An ordered directory of <c>.sql</c> files run one statement at a time (autocommit), with no down.</summary>
    Plain,

    /// <summary>Diesel: <c>&lt;timestamp&gt;_name/up.sql</c> and <c>down.sql</c>; in a transaction unless metadata.toml says <c>run_in_transaction = false</c>.</summary>
    Diesel,

    /// <summary>
    /// Ory Pop / popx: <c>&lt;ts&gt;_name.postgres.up.sql</c> (files of other dialects are skipped), <c>.autocommit.</c>
    /// outside a transaction, otherwise each file in one.
    /// </summary>
    Pop,

    /// <summary>sqlx: <c>&lt;ver&gt;_name.up.sql</c>/<c>.down.sql</c> or simple <c>&lt;ver&gt;_name.sql</c>; in a transaction unless the file starts with <c>-- no-transaction</c>.</summary>
    Sqlx,

    /// <summary>goose SQL files: <c>-- +goose Up</c> / <c>-- +goose Down</c> in <c>&lt;ver&gt;_name.sql</c>; in a transaction unless <c>-- +goose NO TRANSACTION</c>.</summary>
    Goose,

    /// <summary>
    /// Up/down pairs with a letter before the version (<c>V0001.Initial.up.sql</c>, as Authelia's runner reads them),
    /// paired by version, each file in a transaction.
    /// </summary>
    Pairs,
}
