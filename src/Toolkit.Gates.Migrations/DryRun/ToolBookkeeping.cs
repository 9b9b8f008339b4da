using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// The table each migration tool creates before it runs anything. Real migrations alter it (Harbor adds a column to
/// golang-migrate's <c>schema_migrations</c>), so the dry run creates it too, as the tool does.
/// </summary>
internal static class ToolBookkeeping
{
    public static string? For(MigrationTool tool) => tool switch
    {
        MigrationTool.GolangMigrate => "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)",
        MigrationTool.Dbmate => "CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY)",
        MigrationTool.Diesel => "CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version varchar(50) PRIMARY KEY NOT NULL, run_on timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP)",
        MigrationTool.Pop => "CREATE TABLE IF NOT EXISTS schema_migration (version varchar(48) NOT NULL, version_self int NOT NULL DEFAULT 0); CREATE UNIQUE INDEX IF NOT EXISTS schema_migration_version_idx ON schema_migration (version)",
        MigrationTool.Goose => "CREATE TABLE IF NOT EXISTS goose_db_version (id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now())",
        MigrationTool.Sqlx => "CREATE TABLE IF NOT EXISTS _sqlx_migrations (version bigint PRIMARY KEY, description text NOT NULL, installed_on timestamptz NOT NULL DEFAULT now(), success boolean NOT NULL, checksum bytea NOT NULL, execution_time bigint NOT NULL)",
        MigrationTool.Flyway => "CREATE TABLE IF NOT EXISTS flyway_schema_history (installed_rank int NOT NULL PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum int, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), execution_time int NOT NULL, success boolean NOT NULL)",
        _ => null,
    };
}
