using Npgsql;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>
/// Replays each directory's migrations up, down and up again on a throwaway cluster (one database per directory), or in
/// the disposable database at <see cref="MigrationOptions.DatabaseUrl"/>.
/// </summary>
internal static class DryRunCheck
{
    public static async Task<DryRunCheckResult> RunAsync(string root, TextWriter log, MigrationOptions options, IReadOnlyList<DirectoryAnalysis> analyses, CancellationToken cancellationToken)
    {
        var pending = analyses.Where(a => a.New.Count > 0).ToList();
        var results = new Dictionary<string, DryRunResult>(StringComparer.Ordinal);
        if (options.DatabaseUrl is { } url)
        {
            if (pending.Count > 1)
            {
                return DryRunCheckResult.CouldNotRun("A --database-url holds one migration history, but new migrations are in several directories. Use --database auto (a throwaway cluster per run) or configure one directory.");
            }

            var problem = pending.Count == 0 ? null : await InDatabaseAsync(url, pending[0], results, Parity(root, options), cancellationToken).ConfigureAwait(false);
            return problem is null ? WithEnvironment(results) : DryRunCheckResult.CouldNotRun(problem);
        }

        ThrowawayCluster cluster;
        try
        {
            await log.WriteLineAsync("migration-gate: starting a throwaway PostgreSQL cluster").ConfigureAwait(false);
            cluster = await ThrowawayCluster.StartAsync(options.PostgresBin, cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterException ex)
        {
            return DryRunCheckResult.CouldNotRun($"The dry run needs PostgreSQL: {ex.Message}");
        }

        await using (cluster.ConfigureAwait(false))
        {
            var index = 0;
            foreach (var analysis in pending)
            {
                var database = await cluster.CreateDatabaseAsync($"gate_dry_run_{index++}", cancellationToken).ConfigureAwait(false);
                var runner = new DryRunner(database)
                {
                    Parity = Parity(root, options),
                    Bookkeeping = ToolBookkeeping.For(analysis.Set.Tool),
                    FreshDatabase = (template, token) => cluster.CreateDatabaseAsync($"gate_dry_run_{index++}", template, token),
                    DropDatabase = cluster.DropDatabaseAsync,
                };
                results[analysis.Set.Directory] = await runner.RunAsync(analysis.Base, analysis.New, cancellationToken).ConfigureAwait(false);
            }
        }

        return WithEnvironment(results);
    }

    private static ShadowParity? Parity(string root, MigrationOptions options) =>
        options.ShadowQueries.Count == 0 && options.ShadowSeed is null
            ? null
            : new ShadowParity(options.ShadowSeed is null ? null : UserFiles.ReadLooseTextOrThrow(Path.Combine(root, options.ShadowSeed), options.ShadowSeed), options.ShadowQueries);

    /// <summary>The dry run in a given database; a problem with the database itself (not the migrations) is returned.</summary>
    private static async Task<string?> InDatabaseAsync(string url, DirectoryAnalysis analysis, Dictionary<string, DryRunResult> results, ShadowParity? parity, CancellationToken cancellationToken)
    {
        try
        {
            url = DatabaseUrl.ToConnectionString(url);
            var connection = new NpgsqlConnection(url);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var snapshot = await CatalogSnapshot.TakeAsync(connection, cancellationToken).ConfigureAwait(false);
                if (snapshot.Objects.Count > 0)
                {
                    return $"The disposable database at --database-url is not empty ({snapshot.Objects.Count} objects, e.g. {snapshot.Objects[0].Kind} {snapshot.Objects[0].Name}). The dry run replays every migration from scratch: give it an empty database.";
                }
            }

            results[analysis.Set.Directory] = await new DryRunner(url) { Parity = parity, Bookkeeping = ToolBookkeeping.For(analysis.Set.Tool) }.RunAsync(analysis.Base, analysis.New, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or UriFormatException or FormatException)
        {
            return $"Could not use the database at --database-url: {ex.Message}. Check the URL (postgres://user@host:port/database, or a connection string such as Host=127.0.0.1;Port=5432;Username=...;Database=...) and that the server is reachable.";
        }
    }

    /// <summary>The results, unless a step failed because of the dry run's PostgreSQL (a missing extension): then could not evaluate, with the fix.</summary>
    private static DryRunCheckResult WithEnvironment(Dictionary<string, DryRunResult> results)
    {
        foreach (var error in results.Values.SelectMany(r => r.Steps).Select(s => s.Error).OfType<ScriptError>())
        {
            if (EnvironmentProblem.Describe(error) is { } message)
            {
                return DryRunCheckResult.CouldNotRun(message, new SourceLocation(error.Path, error.Line, error.Column));
            }
        }

        return new DryRunCheckResult(results);
    }
}
