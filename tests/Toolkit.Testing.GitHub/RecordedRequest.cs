using Microsoft.AspNetCore.Http;

namespace Toolkit.Testing.GitHub;

/// <summary>One request the fake received: method, path with query, headers and the JSON body as sent.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public string Path => PathAndQuery.Split('?')[0];

    public bool IsMutating => Method is not ("GET" or "HEAD");

    public override string ToString() => $"{Method} {PathAndQuery}";

    /// <summary>Reads a request as the fakes record it: headers lower-cased, the body as text (null when empty).</summary>
    public static async Task<RecordedRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.ContentLength is > 0 || request.Headers.ContainsKey("Transfer-Encoding")
            ? await new StreamReader(request.Body).ReadToEndAsync(cancellationToken).ConfigureAwait(false)
            : null;
        return new RecordedRequest(
            request.Method,
            request.Path + request.QueryString,
            request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            string.IsNullOrEmpty(body) ? null : body);
    }
}
