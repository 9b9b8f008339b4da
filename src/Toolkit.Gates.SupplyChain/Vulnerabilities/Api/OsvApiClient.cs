using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>
/// A small typed OSV API client: <c>POST /v1/querybatch</c> in chunks of at most 1000 queries, following each
/// query's <c>next_page_token</c>, and <c>GET /v1/vulns/{id}</c> for full records (querybatch only gives id and
/// modified). Malformed answers are errors, never an empty result.
/// </summary>
internal sealed class OsvApiClient(OsvHttp http, OsvApiOptions options)
{
    /// <summary>More pages than this for one query means a server that never stops paginating.</summary>
    private const int MaxPages = 100;

    private int batchRequests;
    private int recordRequests;

    /// <summary><c>querybatch</c> requests sent (pages included, retries not).</summary>
    public int BatchRequests => Volatile.Read(ref batchRequests);

    /// <summary>Records fetched with <c>GET /v1/vulns/{id}</c>.</summary>
    public int RecordRequests => Volatile.Read(ref recordRequests);

    /// <summary>The advisories (id, modified) naming each query, in the order of <paramref name="queries"/>.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<OsvVulnRef>>> QueryAsync(IReadOnlyList<OsvPackageQuery> queries, CancellationToken cancellationToken)
    {
        var answers = queries.Select(_ => new List<OsvVulnRef>()).ToList();
        var pending = Enumerable.Range(0, queries.Count).Select(i => (Index: i, Token: (string?)null)).ToList();
        for (var page = 0; pending.Count > 0; page++)
        {
            if (page == MaxPages)
            {
                throw http.Failure($"kept returning next_page_token after {MaxPages} pages for {queries[pending[0].Index]}");
            }

            var next = new List<(int Index, string? Token)>();
            foreach (var chunk in pending.Chunk(Math.Clamp(options.BatchSize, 1, OsvApiOptions.MaxBatchSize)))
            {
                var wire = chunk.Select(p => new OsvWireQuery(new OsvWirePackage(queries[p.Index].Name, queries[p.Index].Ecosystem), queries[p.Index].Version, p.Token)).ToList();
                var results = await PostBatchAsync(wire, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < chunk.Length; i++)
                {
                    answers[chunk[i].Index].AddRange(results[i].Vulns ?? []);
                    if (results[i].NextPageToken is { Length: > 0 } token)
                    {
                        next.Add((chunk[i].Index, token));
                    }
                }
            }

            pending = next;
        }

        return answers.Select(a => (IReadOnlyList<OsvVulnRef>)a.DistinctBy(v => v.Id, StringComparer.Ordinal).ToList()).ToList();
    }

    /// <summary>The full OSV record of <paramref name="id"/>, checked to be a JSON object with that id.</summary>
    public async Task<byte[]> GetRecordAsync(string id, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref recordRequests);
        var path = "/v1/vulns/" + Uri.EscapeDataString(id);
        var bytes = await http.SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        if (OsvRecordHeader.Read(bytes) is not { } header || header.Id != id)
        {
            throw http.Failure($"answered GET {path} with something that is not the OSV record of {id}");
        }

        return bytes;
    }

    private async Task<IReadOnlyList<OsvBatchResult>> PostBatchAsync(List<OsvWireQuery> queries, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref batchRequests);
        var body = JsonSerializer.SerializeToUtf8Bytes(new OsvBatchRequest(queries), OsvApiJsonContext.Default.OsvBatchRequest);
        var bytes = await http.SendAsync(HttpMethod.Post, "/v1/querybatch", body, cancellationToken).ConfigureAwait(false);
        OsvBatchResponse? response;
        try
        {
            response = JsonSerializer.Deserialize(bytes, OsvApiJsonContext.Default.OsvBatchResponse);
        }
        catch (JsonException ex)
        {
            throw http.Failure($"answered POST /v1/querybatch with malformed JSON ({ex.Message})");
        }

        if (response?.Results is not { } results || results.Count != queries.Count || results.Any(r => r is null || (r.Vulns?.Any(v => v is null || string.IsNullOrEmpty(v.Id)) ?? false)))
        {
            throw http.Failure($"answered POST /v1/querybatch without one result (each with vulnerability ids) per query ({queries.Count} asked)");
        }

        return results;
    }
}
