using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>
/// Which OSV records concern these components, from the API and its cache. An answer about a package version is
/// reused within the TTL, the rest are asked with <c>querybatch</c>; a record is reused unless querybatch reports a
/// newer <c>modified</c>, the rest are fetched with bounded concurrency. Offline, only the cache is read and anything
/// it lacks is an error (fail closed). The records are returned whole: matching versions is the caller's job, done
/// exactly as for the offline database.
/// </summary>
internal sealed class OsvApiLookup : IDisposable
{
    private readonly OsvApiOptions options;
    private readonly OsvCache cache;
    private readonly TimeProvider clock;
    private readonly OsvHttp http;
    private readonly OsvApiClient client;

    /// <param name="cacheDirectory">Absolute path of the cache folder.</param>
    /// <param name="clock">The TTL and retry waits run on it.</param>
    /// <param name="handler">Replaces the network (tests); null for a real connection.</param>
    public OsvApiLookup(OsvApiOptions options, string cacheDirectory, TimeProvider clock, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        this.options = options;
        this.clock = clock;
        cache = new OsvCache(cacheDirectory);
        http = new OsvHttp(options, clock, handler);
        client = new OsvApiClient(http, options);
    }

    /// <exception cref="OsvApiException">The API failed, or (offline) the cache lacks an answer or record.</exception>
    public async Task<OsvApiResult> LookupAsync(IEnumerable<Component> components, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(components);
        var queries = components
            .Select(c => new OsvPackageQuery(OsvDatabase.EcosystemName(c.Ecosystem), c.Name, c.Version))
            .Distinct()
            .OrderBy(q => q.ToString(), StringComparer.Ordinal)
            .ToList();
        var (answers, cacheHits, stale) = ReadCachedAnswers(queries);
        var ask = queries.Where(q => !answers.ContainsKey(q)).ToList();
        var writeFailures = 0;
        if (ask.Count > 0)
        {
            if (options.Offline)
            {
                throw OfflineMiss($"no answer for {ask.Count} package version(s)", ask[0].ToString());
            }

            var fetched = await client.QueryAsync(ask, cancellationToken).ConfigureAwait(false);
            var at = clock.GetUtcNow();
            for (var i = 0; i < ask.Count; i++)
            {
                answers[ask[i]] = fetched[i];
                writeFailures += cache.WriteAnswer(new OsvCachedAnswer(ask[i].Ecosystem, ask[i].Name, ask[i].Version, at, fetched[i])) ? 0 : 1;
            }
        }

        var (records, recordHits, failed) = await ReadRecordsAsync(answers.Values.SelectMany(v => v), cancellationToken).ConfigureAwait(false);
        var stats = new OsvApiStats(queries.Count, ask.Count, cacheHits, stale, client.BatchRequests, client.RecordRequests, recordHits, http.Attempts, writeFailures + failed);
        return new OsvApiResult(records.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), stats);
    }

    public void Dispose() => http.Dispose();

    private (Dictionary<OsvPackageQuery, IReadOnlyList<OsvVulnRef>> Answers, int Hits, int Stale) ReadCachedAnswers(List<OsvPackageQuery> queries)
    {
        var now = clock.GetUtcNow();
        var answers = new Dictionary<OsvPackageQuery, IReadOnlyList<OsvVulnRef>>();
        var stale = 0;
        foreach (var query in queries)
        {
            if (cache.ReadAnswer(query) is not { } cached)
            {
                continue;
            }

            // An answer "from the future" (a clock that moved back) is not trusted as fresh.
            var fresh = cached.Fetched <= now && now - cached.Fetched < options.Ttl;
            if (fresh || options.Offline)
            {
                answers[query] = cached.Vulns;
                stale += fresh ? 0 : 1;
            }
        }

        return (answers, answers.Count, stale);
    }

    private async Task<(List<OsvApiRecord> Records, int Hits, int WriteFailures)> ReadRecordsAsync(IEnumerable<OsvVulnRef> refs, CancellationToken cancellationToken)
    {
        var records = new List<OsvApiRecord>();
        var fetch = new List<string>();
        foreach (var group in refs.GroupBy(r => r.Id, StringComparer.Ordinal))
        {
            // Reused only when at least as new as every modified time querybatch reported for it.
            if (cache.ReadRecord(group.Key) is { } hit && (options.Offline || group.All(r => hit.Header.IsCurrent(r.Modified))))
            {
                records.Add(new OsvApiRecord(group.Key, hit.Json, cache.RecordPath(group.Key)));
            }
            else
            {
                fetch.Add(group.Key);
            }
        }

        var hits = records.Count;
        if (fetch.Count > 0 && options.Offline)
        {
            throw OfflineMiss($"no record of {fetch.Count} advisory(ies)", fetch[0]);
        }

        var failures = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(fetch, parallel, async (id, token) =>
        {
            var json = await client.GetRecordAsync(id, token).ConfigureAwait(false);
            var written = cache.WriteRecord(id, json);
            lock (records)
            {
                records.Add(new OsvApiRecord(id, json, $"{http.BaseUrl}/v1/vulns/{id}"));
                failures += written ? 0 : 1;
            }
        }).ConfigureAwait(false);
        return (records, hits, failures);
    }

    private OsvApiException OfflineMiss(string what, string example) =>
        new($"'osv_api.offline' is set but the OSV cache '{cache.Folder}' has {what} (first: {example}); run the gate once with network access to fill the cache (and keep the folder between runs, e.g. with actions/cache), or unset 'osv_api.offline' (--osv-offline).");
}
