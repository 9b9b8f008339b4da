using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Toolkit.Gates.Slo.Prometheus;

/// <summary>
/// A small client for the Prometheus HTTP API: instant queries (<c>/api/v1/query</c>) and range queries
/// (<c>/api/v1/query_range</c>), with auth, a per-query timeout and bounded concurrency. Failures come back as
/// data (<see cref="QueryResult.Error"/>), so callers can fail closed with a message.
/// </summary>
public sealed class PrometheusClient : IDisposable
{
    private readonly HttpClient http;
    private readonly SemaphoreSlim gate;
    private readonly PrometheusOptions options;
    private readonly bool ownsHttp;

    public PrometheusClient(PrometheusOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        ownsHttp = http is null;
        this.http = http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        gate = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency));
    }

    /// <summary>Evaluates <paramref name="query"/> at <paramref name="time"/> (POST <c>/api/v1/query</c>).</summary>
    public async Task<QueryResult> QueryAsync(string query, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var (body, error) = await SendAsync("api/v1/query", [new("query", query), new("time", PromValues.Time(time))], cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return new QueryResult(query, [], error);
        }

        var data = body.GetProperty("data");
        var type = data.GetProperty("resultType").GetString();
        var result = data.GetProperty("result");
        var samples = new List<PrometheusSample>();
        if (type == "vector")
        {
            foreach (var series in result.EnumerateArray())
            {
                var (at, value) = PromValues.Pair(series.GetProperty("value"));
                samples.Add(new PrometheusSample(PromValues.Labels(series), at, value));
            }
        }
        else if (type == "scalar")
        {
            var (at, value) = PromValues.Pair(result);
            samples.Add(new PrometheusSample(new Dictionary<string, string>(), at, value));
        }
        else
        {
            return new QueryResult(query, [], $"query returned a {type}, not an instant vector; aggregate it (e.g. sum(...)).");
        }

        return new QueryResult(query, samples);
    }

    /// <summary>Evaluates <paramref name="query"/> from <paramref name="start"/> to <paramref name="end"/> (POST <c>/api/v1/query_range</c>).</summary>
    public async Task<RangeResult> QueryRangeAsync(string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken)
    {
        var form = new KeyValuePair<string, string>[]
        {
            new("query", query),
            new("start", PromValues.Time(start)),
            new("end", PromValues.Time(end)),
            new("step", step.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)),
        };
        var (body, error) = await SendAsync("api/v1/query_range", form, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return new RangeResult(query, [], error);
        }

        var series = new List<PrometheusSeries>();
        foreach (var item in body.GetProperty("data").GetProperty("result").EnumerateArray())
        {
            var points = item.GetProperty("values").EnumerateArray().Select(PromValues.Pair).ToList();
            series.Add(new PrometheusSeries(PromValues.Labels(item), points));
        }

        return new RangeResult(query, series);
    }

    public void Dispose()
    {
        gate.Dispose();
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private async Task<(JsonElement Body, string? Error)> SendAsync(string path, KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, path)) { Content = new FormUrlEncodedContent(form) };
            Authorize(request);
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return Read(text, response);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (default, $"Prometheus at {options.BaseUrl} did not answer within {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
        catch (HttpRequestException ex)
        {
            return (default, $"Prometheus at {options.BaseUrl} is unreachable: {ex.Message}");
        }
        finally
        {
            gate.Release();
        }
    }

    private static (JsonElement Body, string? Error) Read(string text, HttpResponseMessage response)
    {
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return (default, $"Prometheus answered HTTP {(int)response.StatusCode} with a body that is not JSON; check the URL points at the Prometheus API.");
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("status", out var status))
        {
            return (default, $"Prometheus answered HTTP {(int)response.StatusCode} without a status.");
        }

        if (status.GetString() != "success")
        {
            var kind = body.TryGetProperty("errorType", out var t) ? t.GetString() : "error";
            var message = body.TryGetProperty("error", out var e) ? e.GetString() : "no message";
            return (default, $"Prometheus {kind}: {message}");
        }

        return (body, null);
    }

    private void Authorize(HttpRequestMessage request)
    {
        if (options.BearerToken is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (options.Username is { Length: > 0 } user)
        {
            var raw = Encoding.UTF8.GetBytes($"{user}:{options.Password}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
        }
    }
}
