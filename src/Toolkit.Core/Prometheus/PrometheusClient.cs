using System.Globalization;
using System.Text.Json;

namespace Toolkit.Core.Prometheus;

/// <summary>
/// A small client for the Prometheus HTTP API: instant queries (<c>/api/v1/query</c>), range queries
/// (<c>/api/v1/query_range</c>), series (<c>/api/v1/series</c>) and label values (<c>/api/v1/label/&lt;name&gt;/values</c>),
/// with auth, a per-query timeout and bounded concurrency. Failures come back as data (<see cref="QueryResult.Error"/>),
/// so callers can fail closed with a message naming the URL. Shared by every gate that reads Prometheus.
/// </summary>
public sealed partial class PrometheusClient : IDisposable
{
    private readonly HttpClient http;
    private readonly SemaphoreSlim gate;
    private readonly PrometheusOptions options;
    private readonly bool ownsHttp;

    /// <summary>Creates a client for <paramref name="options"/>.</summary>
    /// <param name="options">Where Prometheus is and how to authenticate.</param>
    /// <param name="http">The HTTP client to send with (not disposed); null for one owned by this client.</param>
    public PrometheusClient(PrometheusOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        ownsHttp = http is null;
        this.http = http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        gate = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency));
    }

    /// <summary>The Prometheus this client talks to.</summary>
    public Uri BaseUrl => options.BaseUrl;

    /// <summary>Evaluates <paramref name="query"/> at <paramref name="time"/> (POST <c>/api/v1/query</c>).</summary>
    /// <param name="query">The PromQL expression.</param>
    /// <param name="time">The evaluation time.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The samples of the instant vector (or the scalar), or the error.</returns>
    public async Task<QueryResult> QueryAsync(string query, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var (body, error) = await SendAsync("api/v1/query", [new("query", query), new("time", PromValues.Time(time))], cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return new QueryResult(query, [], error);
        }

        if (!TryData(body, out var type, out var result))
        {
            return new QueryResult(query, [], "Prometheus answered without data.resultType and data.result.");
        }

        var samples = new List<PrometheusSample>();
        if (type == "vector" && result.ValueKind == JsonValueKind.Array)
        {
            foreach (var series in result.EnumerateArray())
            {
                if (series.TryGetProperty("value", out var pair) && PromValues.TryPair(pair, out var at, out var value))
                {
                    samples.Add(new PrometheusSample(PromValues.Labels(series), at, value));
                }
            }
        }
        else if (type == "scalar" && PromValues.TryPair(result, out var at, out var value))
        {
            samples.Add(new PrometheusSample(new Dictionary<string, string>(), at, value));
        }
        else
        {
            return new QueryResult(query, [], $"query returned a {type}, not an instant vector; aggregate it (e.g. sum(...)).");
        }

        return new QueryResult(query, samples);
    }

    /// <summary>Evaluates <paramref name="query"/> from <paramref name="start"/> to <paramref name="end"/> (POST <c>/api/v1/query_range</c>).</summary>
    /// <param name="query">The PromQL expression.</param>
    /// <param name="start">The first evaluation time.</param>
    /// <param name="end">The last evaluation time (inclusive when on a step).</param>
    /// <param name="step">The time between evaluations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>One series per label set with its points, or the error.</returns>
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

        if (!TryData(body, out var type, out var result) || type != "matrix" || result.ValueKind != JsonValueKind.Array)
        {
            return new RangeResult(query, [], "Prometheus answered a range query without a matrix result.");
        }

        var series = new List<PrometheusSeries>();
        foreach (var item in result.EnumerateArray())
        {
            var points = new List<(DateTimeOffset Time, double Value)>();
            if (item.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var pair in values.EnumerateArray())
                {
                    if (PromValues.TryPair(pair, out var at, out var value))
                    {
                        points.Add((at, value));
                    }
                }
            }

            series.Add(new PrometheusSeries(PromValues.Labels(item), points));
        }

        return new RangeResult(query, series);
    }

    /// <summary>The label sets of the series <paramref name="selector"/> matches between <paramref name="start"/> and <paramref name="end"/> (POST <c>/api/v1/series</c>).</summary>
    /// <param name="selector">A series selector, e.g. <c>up{job="api"}</c>.</param>
    /// <param name="start">Start of the window.</param>
    /// <param name="end">End of the window.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The label sets (no values), or the error.</returns>
    public async Task<LabelSetsResult> SeriesAsync(string selector, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var form = new KeyValuePair<string, string>[] { new("match[]", selector), new("start", PromValues.Time(start)), new("end", PromValues.Time(end)) };
        var (body, error) = await SendAsync("api/v1/series", form, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return new LabelSetsResult([], error);
        }

        if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return new LabelSetsResult([], "Prometheus answered /api/v1/series without a data list.");
        }

        return new LabelSetsResult([.. data.EnumerateArray().Select(PromValues.LabelObject)]);
    }

    /// <summary>The values <paramref name="label"/> takes on the series <paramref name="selector"/> matches in the window (GET <c>/api/v1/label/&lt;label&gt;/values</c>).</summary>
    /// <param name="label">The label name, e.g. <c>job</c> or <c>__name__</c>.</param>
    /// <param name="selector">A series selector restricting the series, e.g. <c>http_requests_total</c>.</param>
    /// <param name="start">Start of the window.</param>
    /// <param name="end">End of the window.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The distinct values, or the error.</returns>
    public async Task<LabelValuesResult> LabelValuesAsync(string label, string selector, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var form = new KeyValuePair<string, string>[] { new("match[]", selector), new("start", PromValues.Time(start)), new("end", PromValues.Time(end)) };
        var (body, error) = await SendAsync(HttpMethod.Get, $"api/v1/label/{Uri.EscapeDataString(label)}/values", form, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return new LabelValuesResult([], error);
        }

        if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return new LabelValuesResult([], "Prometheus answered a label values request without a data list.");
        }

        return new LabelValuesResult([.. data.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]);
    }

    /// <summary>Releases the concurrency gate and the owned HTTP client.</summary>
    public void Dispose()
    {
        gate.Dispose();
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private static bool TryData(JsonElement body, out string? type, out JsonElement result)
    {
        type = null;
        result = default;
        return body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("resultType", out var t) && (type = t.GetString()) is not null
            && data.TryGetProperty("result", out result);
    }
}
