namespace Toolkit.Gates.Migrations.Checks;

/// <summary>What must hold before the gate reads any migration; each problem means the gate could not evaluate.</summary>
internal static class SetupCheck
{
    /// <summary>A shadow seed that is not there, or a database URL nobody confirmed is disposable.</summary>
    public static string? Problem(string root, MigrationOptions options)
    {
        if (options.ShadowSeed is { } seed && !File.Exists(Path.Combine(root, seed)))
        {
            return $"migration-gate.shadow_seed '{seed}' does not exist; point it at a SQL file in the repository that inserts representative rows.";
        }

        if (options.DatabaseUrl is not null && !options.DatabaseUrlIsDisposable && options.Database == DatabaseMode.Auto)
        {
            return "Refusing to run migrations against --database-url without confirmation that it is disposable: the dry run creates and drops objects. Pass --i-know-this-is-disposable (or database_url_disposable: true), or use --database auto for a throwaway cluster.";
        }

        return null;
    }

    /// <summary>The first configured migration directory that does not exist.</summary>
    public static string? MissingDirectory(string root, MigrationOptions options) =>
        options.Directories.FirstOrDefault(d => !Directory.Exists(Path.Combine(root, d.Path))) is { } missing
            ? $"Migration directory '{missing.Path}' does not exist under {root}. Set migration-gate.dir (or --dir) to where the migrations are."
            : null;
}
