namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// Errors that come from the PostgreSQL the dry run uses, not from the migration: an extension whose files are not
/// installed there (timescaledb, postgis) or that needs preloading. The verdict is then <c>error</c> with the fix.
/// </summary>
internal static class EnvironmentProblem
{
    public static string? Describe(ScriptError error)
    {
        var missingFiles = error.SqlState == "58P01" && error.Message.Contains("extension", StringComparison.OrdinalIgnoreCase);
        var unavailable = error.SqlState == "0A000" && error.Message.Contains("is not available", StringComparison.Ordinal);
        var preload = error.Message.Contains("shared_preload_libraries", StringComparison.Ordinal) || error.Message.Contains("must be preloaded", StringComparison.Ordinal);
        if (!missingFiles && !unavailable && !preload)
        {
            return null;
        }

        return $"The dry-run PostgreSQL lacks what {error.Path}:{error.Line} needs: {error.Message}. This is the environment, not the migration: install the extension for the server the dry run starts (e.g. the postgresql-15-<extension> package, and shared_preload_libraries when it says so), or run against a prepared disposable database with --database-url ... --i-know-this-is-disposable, or skip the dry run with --database none.";
    }
}
