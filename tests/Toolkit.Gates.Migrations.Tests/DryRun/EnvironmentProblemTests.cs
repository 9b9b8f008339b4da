using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations.Tests.DryRun;

/// <summary>Dry-run errors judged from the corpus as the environment's, not the migration's.</summary>
public sealed class EnvironmentProblemTests
{
    [Fact]
    public void A_missing_extension_control_file_is_the_environment()
    {
        var error = new ScriptError("db/1.up.sql", 1, 1, "could not open extension control file \"/usr/share/postgresql/15/extension/timescaledb.control\": No such file or directory", "58P01");

        Assert.Contains("install the extension", EnvironmentProblem.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pg_trgm_operator_class_the_project_expects_created_beforehand_is_the_environment()
    {
        // chirpstack 00000000000000_initial/up.sql:53 uses gin_trgm_ops without CREATE EXTENSION pg_trgm
        var error = new ScriptError("m/up.sql", 53, 1, "operator class \"gin_trgm_ops\" does not exist for access method \"gin\"", "42704");

        Assert.Contains("CREATE EXTENSION pg_trgm", EnvironmentProblem.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_of_a_newer_server_is_the_environment()
    {
        // Lemmy 2025-08-01-000016_smoosh-tables-together: FROM (subquery) without an alias, accepted from PostgreSQL 16
        var error = new ScriptError("m/up.sql", 13, 6, "subquery in FROM must have an alias", "42601");

        Assert.Contains("needs PostgreSQL 16 or later", EnvironmentProblem.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_migration_error_is_the_migration()
    {
        Assert.Null(EnvironmentProblem.Describe(new ScriptError("m/up.sql", 1, 1, "relation \"t\" does not exist", "42P01")));
    }
}
