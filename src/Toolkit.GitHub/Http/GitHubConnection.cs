using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly;

namespace Toolkit.GitHub.Http;

/// <summary>
/// The one HTTP pipeline of the client: base URL, auth, user agent, API version, the retry pipeline with its total
/// budget, a per-attempt timeout, one mutating request at a time, <c>Link</c> pagination and typed errors.
/// </summary>
public sealed partial class GitHubConnection : IDisposable
{
    private readonly HttpClient http;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly SemaphoreSlim mutations = new(1, 1);
    private readonly string baseUrl;
    private int requestsSent;

    /// <summary>Creates a connection; <paramref name="handler"/> replaces the network (tests, replays).</summary>
    public GitHubConnection(GitHubClientOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        Options = options;
        baseUrl = options.BaseUrl.AbsoluteUri.TrimEnd('/');
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.Timeout = Timeout.InfiniteTimeSpan; // attempts are timed by RequestTimeout, waits by the budget
        var headers = http.DefaultRequestHeaders;
        headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GitHubApi.MediaType));
        headers.Add("X-GitHub-Api-Version", GitHubApi.Version);
        headers.UserAgent.ParseAdd(options.UserAgent);
        if (!string.IsNullOrEmpty(options.Token))
        {
            headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        }

        pipeline = GitHubResilience.Create(options);
    }

    public GitHubClientOptions Options { get; }

    /// <summary>HTTP attempts sent so far, retries included.</summary>
    public int RequestsSent => Volatile.Read(ref requestsSent);

    /// <summary>Sends a request without a body and reads the JSON answer (null for 204).</summary>
    public async Task<TResponse?> SendAsync<TResponse>(HttpMethod method, string path, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        using var response = await SendRawAsync(method, Absolute(path), null, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, responseType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a JSON body and reads the JSON answer.</summary>
    public async Task<TResponse?> SendAsync<TBody, TResponse>(
        HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        using var response = await SendRawAsync(method, Absolute(path), bytes, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, responseType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request whose answer has no interesting body (<c>DELETE</c>).</summary>
    public async Task SendAsync(HttpMethod method, string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(method, Absolute(path), null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every page of a list endpoint, following <c>Link: rel="next"</c>; adds <c>per_page=100</c> unless given.</summary>
    public Task<IReadOnlyList<T>> GetAllPagesAsync<T>(string path, JsonTypeInfo<List<T>> pageType, CancellationToken cancellationToken = default) =>
        GetAllPagesAsync(path, pageType, page => page, cancellationToken);

    /// <summary>Reads every page of a list endpoint whose items sit inside an object (<c>check_runs</c> ...).</summary>
    public async Task<IReadOnlyList<TItem>> GetAllPagesAsync<TPage, TItem>(
        string path, JsonTypeInfo<TPage> pageType, Func<TPage, IEnumerable<TItem>> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var all = new List<TItem>();
        Uri? next = Absolute(WithPerPage(path));
        for (var pages = 0; next is not null && pages < 1000; pages++)
        {
            using var response = await SendRawAsync(HttpMethod.Get, next, null, cancellationToken).ConfigureAwait(false);
            if (await ReadAsync(response, pageType, cancellationToken).ConfigureAwait(false) is { } page)
            {
                all.AddRange(items(page));
            }

            next = LinkHeader.Next(response.Headers);
        }

        return all;
    }

    public void Dispose()
    {
        http.Dispose();

        mutations.Dispose();
    }

    private static string WithPerPage(string path) =>
        path.Contains("per_page=", StringComparison.Ordinal) ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "per_page=100";

    private Uri Absolute(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new Uri(baseUrl + (path.StartsWith('/') ? path : "/" + path), UriKind.Absolute);
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return default;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            // Missing required members and nulls where the model has none are refused (RespectNullableAnnotations).
            return JsonSerializer.Deserialize(bytes, type) ?? throw new JsonException("the answer is null");
        }
        catch (JsonException ex)
        {
            // A proxy's HTML page or an API that changed shape answers 200 too: an API error, never a crash.
            var request = response.RequestMessage;
            var kind = response.Content.Headers.ContentType?.MediaType ?? "no content type";
            throw new GitHubApiException(
                $"GitHub answered {(int)response.StatusCode} to {request?.Method} {request?.RequestUri?.AbsolutePath} with a body that is not the expected JSON ({kind}: {ex.Message})",
                response.StatusCode, request?.Method.Method ?? "?", request?.RequestUri?.AbsolutePath ?? "?", null, ex);
        }
    }
}
