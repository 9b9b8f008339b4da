using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Toolkit.Testing;

namespace Toolkit.Testing.GitHub;

/// <summary>
/// Replays recorded GitHub exchanges (<c>contracts/github/fixtures/*.json</c>: method, path, body, status, response,
/// headers): each request is answered by the first unused recording with the same method and path and query.
/// </summary>
public sealed class RecordedFixtureHandler : HttpMessageHandler
{
    private readonly List<JsonObject> recordings;
    private readonly List<RecordedRequest> received = [];

    public RecordedFixtureHandler(string fixtureName)
    {
        var path = Path.Combine(RepositoryPaths.Contracts, "github", "fixtures", fixtureName);
        Recordings = JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(n => n!.AsObject()).ToList();
        recordings = [.. Recordings];
    }

    public IReadOnlyList<JsonObject> Recordings { get; }

    public IReadOnlyList<RecordedRequest> Received => received;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var pathAndQuery = request.RequestUri!.PathAndQuery;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        received.Add(new RecordedRequest(method, pathAndQuery, request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value)), body));

        var match = recordings.FirstOrDefault(r =>
            string.Equals((string?)r["method"], method, StringComparison.OrdinalIgnoreCase) && (string?)r["path"] == pathAndQuery)
            ?? throw new InvalidOperationException($"No recording for {method} {pathAndQuery}.");
        recordings.Remove(match);

        var response = new HttpResponseMessage((HttpStatusCode)(int)match["status"]!)
        {
            Content = new StringContent(match["response"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : match["response"]?.ToJsonString() ?? string.Empty, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
        foreach (var (name, value) in match["headers"]!.AsObject())
        {
            if (name is "content-type" or "content-length")
            {
                continue;
            }

            response.Headers.TryAddWithoutValidation(name, value is JsonValue jv && jv.TryGetValue<string>(out var text) ? text : value?.ToJsonString());
        }

        return response;
    }
}
