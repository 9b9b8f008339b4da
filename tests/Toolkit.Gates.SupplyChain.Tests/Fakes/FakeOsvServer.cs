using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Toolkit.Testing.GitHub;

namespace Toolkit.Gates.SupplyChain.Tests.Fakes;

/// <summary>
/// A fake OSV API on Kestrel (127.0.0.1, a free port): <c>POST /v1/querybatch</c> with per-query pagination
/// (<c>next_page_token</c>, at most 1000 queries) and <c>GET /v1/vulns/{id}</c>, recorded requests and injectable
/// faults. Like a fuzzy server it answers by package name only, ignoring the version, so the client must evaluate
/// the ranges itself.
/// </summary>
internal sealed class FakeOsvServer : IAsyncDisposable
{
    private readonly Dictionary<string, string> records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> exports = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> requests = [];
    private readonly List<int> batchSizes = [];
    private readonly FaultQueue faults = new();
    private WebApplication? app;
    private int recordsInFlight;
    private int maxRecordsInFlight;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Most advisory ids in one result before <c>next_page_token</c> is set.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>How many queries each querybatch request held.</summary>
    public IReadOnlyList<int> BatchSizes
    {
        get
        {
            lock (requests)
            {
                return [.. batchSizes];
            }
        }
    }

    public int BatchRequests => Requests.Count(r => r.Path == "/v1/querybatch");

    public int RecordRequests => Requests.Count(r => r.Path.StartsWith("/v1/vulns/", StringComparison.Ordinal));

    /// <summary>The most <c>vulns/{id}</c> requests that were being served at the same time.</summary>
    public int MaxConcurrentRecordRequests => Volatile.Read(ref maxRecordsInFlight);

    public static async Task<FakeOsvServer> StartAsync()
    {
        var server = new FakeOsvServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        server.app = builder.Build();
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        server.Url = new Uri(server.app.Urls.First());
        return server;
    }

    /// <summary>A URL on loopback where nothing listens: connections are refused.</summary>
    public static Uri ClosedUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    /// <summary>Serves (or replaces, by id) OSV records.</summary>
    public void Publish(params string[] json)
    {
        lock (records)
        {
            foreach (var record in json)
            {
                records[JsonNode.Parse(record)!["id"]!.GetValue<string>()] = record;
            }
        }
    }

    /// <summary>Serves <c>/&lt;ecosystem&gt;/all.zip</c> as the OSV export bucket does.</summary>
    public void ServeExport(string ecosystem, byte[] zip)
    {
        lock (records)
        {
            exports[ecosystem] = zip;
        }
    }

    /// <summary>Queues faults; each answers the next matching request instead of the API.</summary>
    public void Inject(params Fault[] sequence) => faults.Add(sequence);

    public void ClearRequests()
    {
        lock (requests)
        {
            requests.Clear();
            batchSizes.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var recorded = await RecordedRequest.ReadAsync(context.Request, context.RequestAborted);
        lock (requests)
        {
            requests.Add(recorded);
        }

        context.Items["body"] = recorded.Body;
        if (faults.Take(recorded.Method, recorded.Path) is { } fault)
        {
            await FaultQueue.ApplyAsync(fault, context, RouteAsync);
            return;
        }

        await RouteAsync(context);
    }

    private async Task RouteAsync(HttpContext context)
    {
        var (method, path) = (context.Request.Method, context.Request.Path.Value ?? string.Empty);
        var record = path.StartsWith("/v1/vulns/", StringComparison.Ordinal);
        if (record)
        {
            var now = Interlocked.Increment(ref recordsInFlight);
            InterlockedMax(ref maxRecordsInFlight, now);
        }

        try
        {
            await AnswerAsync(context, method, path);
        }
        finally
        {
            if (record)
            {
                Interlocked.Decrement(ref recordsInFlight);
            }
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var actual && actual != seen)
        {
            seen = actual;
        }
    }

    private async Task AnswerAsync(HttpContext context, string method, string path)
    {
        if (method == "GET" && path.EndsWith("/all.zip", StringComparison.Ordinal))
        {
            byte[]? zip;
            lock (records)
            {
                zip = exports.GetValueOrDefault(Uri.UnescapeDataString(path[1..^"/all.zip".Length]));
            }

            // The bucket answers a missing object with 404 and an XML error, as Google Cloud Storage does.
            context.Response.StatusCode = zip is null ? 404 : 200;
            context.Response.ContentType = zip is null ? "application/xml" : "application/zip";
            await context.Response.Body.WriteAsync(zip ?? "<?xml version='1.0' encoding='UTF-8'?><Error><Code>NoSuchKey</Code></Error>"u8.ToArray());
            return;
        }

        var (status, answer) = (method, path) switch
        {
            ("POST", "/v1/querybatch") => QueryBatch((string?)context.Items["body"] ?? "{}"),
            ("GET", _) when path.StartsWith("/v1/vulns/", StringComparison.Ordinal) => Vuln(Uri.UnescapeDataString(path["/v1/vulns/".Length..])),
            _ => (404, """{"code":5,"message":"Not Found"}"""),
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer);
    }

    private (int, string) QueryBatch(string body)
    {
        var queries = JsonNode.Parse(body)!["queries"]!.AsArray();
        lock (requests)
        {
            batchSizes.Add(queries.Count);
        }

        if (queries.Count > 1000)
        {
            return (400, """{"code":3,"message":"Too many queries."}""");
        }

        var results = new JsonArray();
        foreach (var query in queries)
        {
            var package = query!["package"]!;
            var ecosystem = package["ecosystem"]!.GetValue<string>();
            var name = package["name"]!.GetValue<string>();
            var offset = query["page_token"] is { } token ? int.Parse(token.GetValue<string>(), CultureInfo.InvariantCulture) : 0;
            var all = Matching(ecosystem, name);
            var result = new JsonObject();
            var page = all.Skip(offset).Take(PageSize).ToList();
            if (page.Count > 0)
            {
                result["vulns"] = new JsonArray([.. page.Select(r => (JsonNode)new JsonObject { ["id"] = r["id"]!.GetValue<string>(), ["modified"] = r["modified"]!.GetValue<string>() })]);
            }

            if (offset + PageSize < all.Count)
            {
                result["next_page_token"] = (offset + PageSize).ToString(CultureInfo.InvariantCulture);
            }

            results.Add(result);
        }

        return (200, new JsonObject { ["results"] = results }.ToJsonString());
    }

    private List<JsonNode> Matching(string ecosystem, string name)
    {
        var comparison = ecosystem == "NuGet" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        lock (records)
        {
            return records.Values
                .Select(r => JsonNode.Parse(r)!)
                .Where(r => r["affected"]!.AsArray().Any(a => a!["package"]!["ecosystem"]!.GetValue<string>() == ecosystem && string.Equals(a["package"]!["name"]!.GetValue<string>(), name, comparison)))
                .OrderBy(r => r["id"]!.GetValue<string>(), StringComparer.Ordinal)
                .ToList();
        }
    }

    private (int, string) Vuln(string id)
    {
        lock (records)
        {
            return records.TryGetValue(id, out var json) ? (200, json) : (404, """{"code":5,"message":"Bug not found."}""");
        }
    }
}
