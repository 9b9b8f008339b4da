namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>Where a lookup's answers came from: the evidence that the API, or only the cache, was used.</summary>
/// <param name="Queries">Distinct package versions looked up.</param>
/// <param name="ApiQueries">Of those, asked from the API (not answered by the cache).</param>
/// <param name="CacheHits">Answered from the cache.</param>
/// <param name="StaleCacheHits">Of the cache hits, older than the TTL (offline mode only).</param>
/// <param name="BatchRequests"><c>querybatch</c> requests (chunks and pages).</param>
/// <param name="RecordsFetched">Full records fetched from the API.</param>
/// <param name="RecordCacheHits">Full records read from the cache.</param>
/// <param name="HttpRequests">HTTP attempts in all, retries included.</param>
/// <param name="CacheWriteFailures">Cache entries that could not be written (the next run asks again).</param>
internal sealed record OsvApiStats(
    int Queries,
    int ApiQueries,
    int CacheHits,
    int StaleCacheHits,
    int BatchRequests,
    int RecordsFetched,
    int RecordCacheHits,
    int HttpRequests,
    int CacheWriteFailures);
