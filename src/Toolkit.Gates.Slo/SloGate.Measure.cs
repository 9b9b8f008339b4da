using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Probes;
using Toolkit.Core.Prometheus;

namespace Toolkit.Gates.Slo;

public sealed partial class SloGate
{
    /// <summary>Measures every golden path: SLIs concurrently (bounded by the client), then probes one path at a time.</summary>
    internal async Task<SloMeasurement> MeasureAsync(GoldenPathSet set, SloOptions options, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        using var client = options.PrometheusUrl is null ? null : new PrometheusClient(PrometheusOptionsFor(options), http);
        var evaluator = client is null ? null : new SliEvaluator(client);
        var slis = await Task.WhenAll(set.Paths.Select(p => MeasureSlisAsync(evaluator, p, at, cancellationToken))).ConfigureAwait(false);
        var results = new List<PathEvaluation>();
        using var probeHttp = http is null ? new HttpClient { Timeout = Timeout.InfiniteTimeSpan } : null;
        var runner = new ProbeRunner(http ?? probeHttp!);
        for (var i = 0; i < set.Paths.Count; i++)
        {
            var path = set.Paths[i];
            var probe = path.Probe is null ? null
                : await runner.RunAsync(path.Probe, options.BaseUrl!, path.Probe.Count ?? options.ProbeCount, options.ProbeBudget, cancellationToken).ConfigureAwait(false);
            results.Add(new PathEvaluation(path, slis[i], probe));
        }

        var canary = set.Canary is not null && evaluator is not null && options.BaselineSelector is not null
            ? await new Canary.CanaryEvaluator(evaluator).EvaluateAsync(set.Paths, set.Canary, options.BaselineSelector, options.CanarySelector!, at, cancellationToken).ConfigureAwait(false)
            : null;
        return new SloMeasurement(results, canary);
    }

    private static async Task<IReadOnlyList<SliResult>> MeasureSlisAsync(SliEvaluator? evaluator, GoldenPath path, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (evaluator is null || path.Slis.Count == 0)
        {
            return [];
        }

        return await Task.WhenAll(path.Slis.Select(s => evaluator.EvaluateAsync(s, path.EvaluationWindow, at, null, cancellationToken))).ConfigureAwait(false);
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
