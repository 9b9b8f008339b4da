using System.Diagnostics;
using System.Globalization;
using System.Text;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Probes;

/// <summary>
/// Sends a probe's requests one after another (so probes measure latency, not their own queueing), each with a
/// fresh <c>traceparent</c>, after one unmeasured warm-up request, bounded by a request count and a total time budget.
/// </summary>
internal sealed class ProbeRunner(HttpClient http)
{
    public async Task<ProbeResult> RunAsync(Probe probe, Uri baseUrl, int count, TimeSpan budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var url = new Uri(probe.UrlTemplate.Replace("${BASE_URL}", baseUrl.ToString().TrimEnd('/'), StringComparison.Ordinal));
        var latencies = new List<double>(count);
        var failures = 0;
        string? firstFailure = null;
        string? firstTrace = null;
        var clock = Stopwatch.StartNew();

        // The first request pays for connection set-up (and JIT in the client); it is sent but not measured.
        _ = await SendAsync(probe, url, TraceParent.Create(), cancellationToken).ConfigureAwait(false);
        var sent = 0;
        for (; sent < count && clock.Elapsed < budget; sent++)
        {
            var traceparent = TraceParent.Create(out var traceId);
            firstTrace ??= traceId;
            var (ms, failure) = await SendAsync(probe, url, traceparent, cancellationToken).ConfigureAwait(false);
            latencies.Add(ms);
            if (failure is not null)
            {
                failures++;
                firstFailure ??= failure;
            }
        }

        latencies.Sort();
        return new ProbeResult(url.ToString(), sent, failures, latencies)
        {
            FirstFailure = firstFailure,
            Truncated = sent < count,
            FirstTraceId = firstTrace,
        };
    }

    private async Task<(double Ms, string? Failure)> SendAsync(Probe probe, Uri url, string traceparent, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(probe.Timeout);
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), url);
        request.Headers.TryAddWithoutValidation(TraceParent.HeaderName, traceparent);
        foreach (var (name, value) in probe.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (probe.Body is not null)
        {
            request.Content = new StringContent(probe.Body, Encoding.UTF8, probe.Headers.GetValueOrDefault("Content-Type") ?? "application/json");
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var body = probe.ExpectBody is null ? null : await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if ((int)response.StatusCode != probe.ExpectStatus)
            {
                return (ms, $"HTTP {(int)response.StatusCode} (expected {probe.ExpectStatus})");
            }

            if (body is not null && !body.Contains(probe.ExpectBody!, StringComparison.Ordinal))
            {
                return (ms, $"body does not contain '{probe.ExpectBody}'");
            }

            return (ms, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, $"timed out after {probe.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");
        }
        catch (HttpRequestException ex)
        {
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, $"request failed: {ex.Message}");
        }
    }
}
