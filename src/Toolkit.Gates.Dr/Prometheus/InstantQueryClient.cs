using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Toolkit.Gates.Dr.Prometheus;

/// <summary>
/// Instant queries against the Prometheus HTTP API (<c>POST /api/v1/query</c>). Failures come back as data, so the
/// gate can fail closed naming the URL and the reason.
/// </summary>
internal sealed class InstantQueryClient(HttpClient http, Uri baseUrl, TimeSpan timeout, string? bearerToken)
{
    public async Task<InstantQueryResult> QueryAsync(string query, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var form = new Dictionary<string, string>
        {
            ["query"] = query,
            ["time"] = (at.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture),
        };
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "api/v1/query")) { Content = new FormUrlEncodedContent(form) };
            if (bearerToken is { Length: > 0 })
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
            }

            using var response = await http.SendAsync(request, limit.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(limit.Token).ConfigureAwait(false);
            return Read(text, (int)response.StatusCode);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new InstantQueryResult(null, 0, $"Prometheus at {baseUrl} did not answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException ex)
        {
            return new InstantQueryResult(null, 0, $"Prometheus at {baseUrl} is unreachable: {ex.Message}");
        }
    }

    private static InstantQueryResult Read(string text, int status)
    {
        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(text);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new InstantQueryResult(null, 0, $"Prometheus answered HTTP {status} with a body that is not JSON; check that the URL points at the Prometheus API");
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("status", out var state) || state.ValueKind != JsonValueKind.String)
        {
            return new InstantQueryResult(null, 0, $"Prometheus answered HTTP {status} without a status");
        }

        if (state.GetString() != "success")
        {
            var message = body.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : "no message";
            return new InstantQueryResult(null, 0, $"Prometheus rejected the query: {message}");
        }

        if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object ||
            !data.TryGetProperty("resultType", out var type) || !data.TryGetProperty("result", out var result))
        {
            return new InstantQueryResult(null, 0, "Prometheus answered without data.resultType and data.result");
        }

        return type.GetString() switch
        {
            "vector" when result.ValueKind == JsonValueKind.Array => Vector(result),
            "scalar" => Sample(result) is { } value ? new InstantQueryResult(value, 1, null) : new InstantQueryResult(null, 0, "Prometheus answered a scalar that is not a number"),
            var other => new InstantQueryResult(null, 0, $"the query returned a {other}, not an instant vector; select the timestamp series (e.g. max(...))"),
        };
    }

    private static InstantQueryResult Vector(JsonElement result)
    {
        double? max = null;
        var series = 0;
        foreach (var item in result.EnumerateArray())
        {
            series++;
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("value", out var pair) && Sample(pair) is { } value)
            {
                max = max is { } m ? Math.Max(m, value) : value;
            }
        }

        return new InstantQueryResult(max, series, null);
    }

    // A sample is [<unix time>, "<value>"]; NaN and infinities are no timestamp at all.
    private static double? Sample(JsonElement pair) =>
        pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2 && pair[1].ValueKind == JsonValueKind.String &&
        double.TryParse(pair[1].GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;
}
