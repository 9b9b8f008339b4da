namespace Toolkit.BadInput.Tests;

/// <summary>SQL the migration-gate must never let through unread (issue 18): hidden statements fail, never pass.</summary>
public sealed class MigrationSqlInputTests
{
    [Fact]
    public async Task A_NUL_byte_before_a_statement_fails_and_names_the_place()
    {
        using var gate = new GateProcess()
            .WithFile("db/migrations/001_init.up.sql", "SET lock_timeout = '2s';\n\0DROP TABLE users;\n")
            .WithFile("db/migrations/001_init.down.sql", "SELECT 1;\n");

        var result = await gate.RunAsync("migrations", "--database", "none");

        result.AssertNoCrash();
        result.AssertNotPass();
        Assert.Contains("NUL byte", result.All, StringComparison.Ordinal);
        Assert.Contains("001_init.up.sql:2:1", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_psql_include_does_not_swallow_the_statement_after_it()
    {
        using var gate = new GateProcess()
            .WithFile("db/migrations/001_init.up.sql", "\\i common.sql\nDROP TABLE users;\n")
            .WithFile("db/migrations/001_init.down.sql", "SELECT 1;\n");

        var result = await gate.RunAsync("migrations", "--database", "none");

        result.AssertNoCrash();
        result.AssertNotPass();
        Assert.Contains("migration/ban-drop-table", result.All, StringComparison.Ordinal);
    }
}
