namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// Errors that come from the PostgreSQL the dry run uses, not from the migration: an extension whose files are not
/// installed there (timescaledb, postgis) or that needs preloading, an object of an extension the project expects to
/// be created beforehand (pg_trgm's <c>gin_trgm_ops</c>), or syntax of a newer server. The verdict is then
/// <c>error</c> with the fix.
/// </summary>
internal static class EnvironmentProblem
{
    /// <summary>Objects that only exist once an extension is created, as PostgreSQL names them in the error.</summary>
    private static readonly (string Object, string Extension)[] ExtensionObjects =
    [
        ("\"gin_trgm_ops\"", "pg_trgm"), ("\"gist_trgm_ops\"", "pg_trgm"), ("\"geometry\"", "postgis"), ("\"geography\"", "postgis"),
        ("\"citext\"", "citext"), ("\"hstore\"", "hstore"), ("uuid_generate_v4", "uuid-ossp"), ("\"vector\"", "vector"),
    ];

    /// <summary>Errors of PostgreSQL 15 for syntax a later version accepts.</summary>
    private static readonly (string Message, string Version)[] NewerSyntax =
    [
        ("subquery in FROM must have an alias", "16"),
    ];

    public static string? Describe(ScriptError error)
    {
        var at = $"{error.Path}:{error.Line}";
        var missingFiles = error.SqlState == "58P01" && error.Message.Contains("extension", StringComparison.OrdinalIgnoreCase);
        var unavailable = error.SqlState == "0A000" && error.Message.Contains("is not available", StringComparison.Ordinal);
        var preload = error.Message.Contains("shared_preload_libraries", StringComparison.Ordinal) || error.Message.Contains("must be preloaded", StringComparison.Ordinal);
        if (missingFiles || unavailable || preload)
        {
            return $"The dry-run PostgreSQL lacks what {at} needs: {error.Message}. This is the environment, not the migration: install the extension for the server the dry run starts (e.g. the postgresql-15-<extension> package, and shared_preload_libraries when it says so), or run against a prepared disposable database with --database-url ... --i-know-this-is-disposable, or skip the dry run with --database none.";
        }

        if (error.SqlState == "42704" && ExtensionObjects.FirstOrDefault(e => error.Message.Contains(e.Object, StringComparison.Ordinal)) is { Extension: { } extension })
        {
            return $"{at} uses an object of the {extension} extension, which the migrations expect to exist already ({error.Message}). Create it first: run the dry run with --database-url in a disposable database where 'CREATE EXTENSION {extension}' was run, or add that statement to the first migration.";
        }

        if (NewerSyntax.FirstOrDefault(n => error.Message.Contains(n.Message, StringComparison.Ordinal)) is { Version: { } version })
        {
            return $"{at} needs PostgreSQL {version} or later ({error.Message}), and the dry run uses an older server. Install PostgreSQL {version}+ binaries (migration-gate.postgres_bin) or use --database-url with such a server.";
        }

        return null;
    }
}
