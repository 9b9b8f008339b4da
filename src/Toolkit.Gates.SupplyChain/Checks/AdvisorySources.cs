using System.Globalization;
using Toolkit.Core.Gates;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Vulnerabilities;
using Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>
/// The advisories about the components: the offline database, then the OSV API's records added to the same index, so
/// both are matched by the same range evaluation. Any failure is the gate's error (fail closed).
/// </summary>
internal static class AdvisorySources
{
    public static async Task<(LoadedAdvisories? Result, CheckError? Error)> LoadAsync(GateContext context, SupplyChainOptions options, List<Component> components, CancellationToken cancellationToken)
    {
        var root = context.RepositoryRoot;
        var section = context.Section?.Reader();
        var sources = new List<string>();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        OsvDatabase database;
        try
        {
            database = options.OsvDatabase is null ? OsvDatabase.Create(components) : OsvDatabase.Load(Path.GetFullPath(options.OsvDatabase, root), components);
        }
        catch (OsvDatabaseException ex)
        {
            return (null, new CheckError(ex.Message, section?.LocationOf("osv_database")));
        }

        if (options.OsvDatabase is not null)
        {
            sources.Add(Text($"offline database '{options.OsvDatabase}': {database.Kept} of {database.Scanned} advisories concern these packages"));
            metrics["osv.offline_advisories"] = database.Kept;
        }

        if (options.OsvApi is not { Enabled: true } api)
        {
            return (new LoadedAdvisories(database, sources, metrics), null);
        }

        var cache = Path.GetFullPath(api.CacheDirectory, root);
        try
        {
            using var lookup = new OsvApiLookup(api, cache, context.Clock);
            var result = await lookup.LookupAsync(components, cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Records)
            {
                database.AddRecord(record.Json, record.Source);
            }

            sources.Add(Describe(api, result.Stats));
            AddMetrics(metrics, result.Stats);
            if (result.Stats.CacheWriteFailures > 0)
            {
                context.Log.WriteLine(Text($"supply-chain: {result.Stats.CacheWriteFailures} OSV cache entries could not be written under {cache}; the next run asks the API again."));
            }

            return (new LoadedAdvisories(database, sources, metrics), null);
        }
        catch (Exception ex) when (ex is OsvApiException or OsvDatabaseException)
        {
            return (null, new CheckError(ex.Message, section?.LocationOf("osv_api")));
        }
    }

    /// <summary>The API's metrics: what came from the network or the cache.</summary>
    private static void AddMetrics(Dictionary<string, double> metrics, OsvApiStats stats)
    {
        metrics["osv.api_queries"] = stats.ApiQueries;
        metrics["osv.api_requests"] = stats.HttpRequests;
        metrics["osv.cache_hits"] = stats.CacheHits;
        metrics["osv.cache_stale"] = stats.StaleCacheHits;
        metrics["osv.records_fetched"] = stats.RecordsFetched;
        metrics["osv.record_cache_hits"] = stats.RecordCacheHits;
    }

    /// <summary>The API's report line.</summary>
    private static string Describe(OsvApiOptions api, OsvApiStats stats)
    {
        var mode = api.Offline ? "OSV API cache only (offline)" : $"OSV API {api.Url.AbsoluteUri.TrimEnd('/')}";
        var stale = stats.StaleCacheHits > 0 ? Text($" ({stats.StaleCacheHits} older than the {Core.Http.DurationText.Format(api.Ttl)} TTL)") : string.Empty;
        return Text(
            $"{mode}: {stats.Queries} package versions, {stats.ApiQueries} asked in {stats.BatchRequests} querybatch request(s), {stats.CacheHits} from the cache{stale}; {stats.RecordsFetched} records fetched, {stats.RecordCacheHits} from the cache; {stats.HttpRequests} HTTP request(s)");
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
