using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Toolkit.Core.Prometheus;

public sealed partial class PrometheusClient
{
    private Task<(JsonElement Body, string? Error)> SendAsync(string path, KeyValuePair<string, string>[] form, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, form, cancellationToken);

    private async Task<(JsonElement Body, string? Error)> SendAsync(HttpMethod method, string path, KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            using var content = new FormUrlEncodedContent(form);
            using var request = method == HttpMethod.Get
                ? new HttpRequestMessage(method, new Uri(options.BaseUrl, path + "?" + await content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false)))
                : new HttpRequestMessage(method, new Uri(options.BaseUrl, path)) { Content = content };
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
            using var document = JsonDocument.Parse(text);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (default, $"Prometheus answered HTTP {(int)response.StatusCode} with a body that is not JSON; check the URL points at the Prometheus API.");
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String)
        {
            return (default, $"Prometheus answered HTTP {(int)response.StatusCode} without a status.");
        }

        if (status.GetString() != "success")
        {
            var kind = body.TryGetProperty("errorType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : "error";
            var message = body.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : "no message";
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
