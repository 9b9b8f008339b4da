using System.Globalization;
using Toolkit.Core.Gates;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Vulnerabilities;
using Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

namespace Toolkit.Gates.SupplyChain.Gate;

public sealed partial class SupplyChainGate
{
    /// <summary>
    /// The advisories about <paramref name="components"/>: the offline database, then the OSV API's records added to
    /// the same index, so both are matched by the same range evaluation. Any failure is the gate's error (fail closed).
    /// </summary>
    private static async Task<(OsvDatabase? Database, GateOutcome? Error)> LoadAdvisoriesAsync(Evaluation state, List<Component> components, CancellationToken cancellationToken)
    {
        var options = state.Options;
        var root = state.Context.RepositoryRoot;
        var section = state.Context.Section?.Reader();
        OsvDatabase database;
        try
        {
            database = options.OsvDatabase is null ? OsvDatabase.Create(components) : OsvDatabase.Load(Path.GetFullPath(options.OsvDatabase, root), components);
        }
        catch (OsvDatabaseException ex)
        {
            return (null, GateOutcome.CouldNotEvaluate(ex.Message, section?.LocationOf("osv_database")));
        }

        if (options.OsvDatabase is not null)
        {
            state.AdvisorySources.Add(Text($"offline database '{options.OsvDatabase}': {database.Kept} of {database.Scanned} advisories concern these packages"));
            state.SourceMetrics["osv.offline_advisories"] = database.Kept;
        }

        if (options.OsvApi is not { Enabled: true } api)
        {
            return (database, null);
        }

        var cache = Path.GetFullPath(api.CacheDirectory, root);
        try
        {
            using var lookup = new OsvApiLookup(api, cache, state.Context.Clock);
            var result = await lookup.LookupAsync(components, cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Records)
            {
                database.AddRecord(record.Json, record.Source);
            }

            Record(state, api, cache, result.Stats);
            return (database, null);
        }
        catch (Exception ex) when (ex is OsvApiException or OsvDatabaseException)
        {
            return (null, GateOutcome.CouldNotEvaluate(ex.Message, section?.LocationOf("osv_api")));
        }
    }

    /// <summary>The API's share of the evidence: metrics and a report line saying what came from the network or the cache.</summary>
    private static void Record(Evaluation state, OsvApiOptions api, string cache, OsvApiStats stats)
    {
        var metrics = state.SourceMetrics;
        metrics["osv.api_queries"] = stats.ApiQueries;
        metrics["osv.api_requests"] = stats.HttpRequests;
        metrics["osv.cache_hits"] = stats.CacheHits;
        metrics["osv.cache_stale"] = stats.StaleCacheHits;
        metrics["osv.records_fetched"] = stats.RecordsFetched;
        metrics["osv.record_cache_hits"] = stats.RecordCacheHits;
        var mode = api.Offline ? "OSV API cache only (offline)" : $"OSV API {api.Url.AbsoluteUri.TrimEnd('/')}";
        var stale = stats.StaleCacheHits > 0 ? Text($" ({stats.StaleCacheHits} older than the {Core.Http.DurationText.Format(api.Ttl)} TTL)") : string.Empty;
        state.AdvisorySources.Add(Text(
            $"{mode}: {stats.Queries} package versions, {stats.ApiQueries} asked in {stats.BatchRequests} querybatch request(s), {stats.CacheHits} from the cache{stale}; {stats.RecordsFetched} records fetched, {stats.RecordCacheHits} from the cache; {stats.HttpRequests} HTTP request(s)"));
        if (stats.CacheWriteFailures > 0)
        {
            state.Context.Log.WriteLine(Text($"supply-chain: {stats.CacheWriteFailures} OSV cache entries could not be written under {cache}; the next run asks the API again."));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
