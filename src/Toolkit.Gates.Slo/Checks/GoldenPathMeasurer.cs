using Toolkit.Core.Prometheus;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Probes;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>
/// Measures every golden path: SLIs of all paths concurrently (bounded by the Prometheus client), then probes one path
/// at a time (so a probe measures the service, not the gate's own load), then the canary comparison.
/// </summary>
internal static class GoldenPathMeasurer
{
    /// <param name="set">The golden paths.</param>
    /// <param name="options">The bound options (Prometheus and probe settings).</param>
    /// <param name="http">The client for Prometheus and probes (not disposed); null for one owned by this call.</param>
    /// <param name="at">The evaluation time.</param>
    /// <param name="cancellationToken">Stops the queries and probes.</param>
    public static async Task<SloMeasurement> MeasureAsync(GoldenPathSet set, SloOptions options, HttpClient? http, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        using var client = options.PrometheusUrl is null ? null : new PrometheusClient(PrometheusOptionsFor(options), http);
        var evaluator = client is null ? null : new SliEvaluator(client);
        var slis = await Task.WhenAll(set.Paths.Select(p => SliCheck.MeasureAsync(evaluator, p, at, cancellationToken))).ConfigureAwait(false);
        var paths = new List<PathMeasurement>();
        using var probeHttp = http is null ? new HttpClient { Timeout = Timeout.InfiniteTimeSpan } : null;
        var runner = new ProbeRunner(http ?? probeHttp!);
        for (var i = 0; i < set.Paths.Count; i++)
        {
            var probe = await ProbeCheck.RunAsync(runner, set.Paths[i], options, cancellationToken).ConfigureAwait(false);
            paths.Add(new PathMeasurement(set.Paths[i], slis[i], probe));
        }

        var canary = await CanaryCheck.RunAsync(evaluator, set, options, at, cancellationToken).ConfigureAwait(false);
        return new SloMeasurement(paths, canary);
    }

    private static PrometheusOptions PrometheusOptionsFor(SloOptions options) => new(options.PrometheusUrl!)
    {
        BearerToken = options.BearerTokenEnv is { } tokenVar ? Environment.GetEnvironmentVariable(tokenVar) : null,
        Username = options.BasicAuthUser,
        Password = options.BasicAuthPasswordEnv is { } passwordVar ? Environment.GetEnvironmentVariable(passwordVar) : null,
        Timeout = options.QueryTimeout,
        MaxConcurrency = options.MaxConcurrency,
    };
}
