using System.Globalization;
using Toolkit.Core.Prometheus;
using Toolkit.Core.Statistics;

namespace Toolkit.Gates.Slo.Canary.Judge;

/// <summary>
/// An external judge for Argo Rollouts and Flagger: compares canary and baseline per-step error rates (and p95
/// latency) over a window with a one-sided Mann-Whitney U test and the Hodges-Lehmann shift as effect size, so a
/// canary fails only when it is significantly and materially worse. Too little canary traffic is
/// <c>inconclusive</c>, never a pass; Prometheus unreachable is <see cref="JudgeVerdict.Unavailable"/>.
/// </summary>
internal sealed class CanaryJudge(PrometheusClient prometheus, JudgeSettings settings, TimeProvider clock)
{
    private const int MinSamples = 3;

    /// <summary>Judges one step.</summary>
    public async Task<JudgeVerdict> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var at = request.At ?? clock.GetUtcNow();
        var window = Duration(request.Window);
        var traffic = await prometheus.QueryAsync($"sum(increase({request.Metric}{{{request.CanarySelector}}}[{window}]))", at, cancellationToken).ConfigureAwait(false);
        if (traffic.IsError)
        {
            return new JudgeVerdict("inconclusive", [traffic.Error!], request.Step, [], Unavailable: true);
        }

        var requests = traffic.Samples.Count == 0 ? 0 : traffic.Samples[0].Value;
        if (!double.IsFinite(requests) || requests < settings.MinCanaryRequests)
        {
            return new JudgeVerdict("inconclusive",
                [$"the canary ({request.CanarySelector}) served {Number(double.IsFinite(requests) ? requests : 0)} request(s) over {window}, fewer than {Number(settings.MinCanaryRequests)}: too little traffic to judge; hold the step and ask again"],
                request.Step, []) { CanaryRequests = double.IsFinite(requests) ? requests : 0 };
        }

        var comparisons = new List<JudgeComparison>();
        var reasons = new List<string>();
        var errors = await CompareAsync(request, at, "error_rate", ErrorRate, cancellationToken).ConfigureAwait(false);
        if (errors.Unavailable is { } down)
        {
            return new JudgeVerdict("inconclusive", [down], request.Step, []) { CanaryRequests = requests };
        }

        Add(errors, comparisons, reasons);
        if (request.LatencyMetric is { Length: > 0 } latency)
        {
            var p95 = await CompareAsync(request, at, "p95_ms", s => $"histogram_quantile(0.95, sum by (le) (rate({latency}_bucket{{{s}}}[{Duration(settings.Resolution)}]))) * 1000", cancellationToken).ConfigureAwait(false);
            if (p95.Unavailable is { } latencyDown)
            {
                return new JudgeVerdict("inconclusive", [latencyDown], request.Step, []) { CanaryRequests = requests };
            }

            Add(p95, comparisons, reasons);
        }

        var verdict = comparisons.Count == 0 ? "inconclusive" : comparisons.Any(c => c.Result == "fail") ? "fail" : "pass";
        return new JudgeVerdict(verdict, reasons, request.Step, comparisons) { CanaryRequests = requests };

        string ErrorRate(string selector) =>
            $"(sum(rate({request.Metric}{{{selector},{request.ErrorSelector}}}[{Duration(settings.Resolution)}])) or vector(0)) / sum(rate({request.Metric}{{{selector}}}[{Duration(settings.Resolution)}]))";
    }

    private static void Add((JudgeComparison? Comparison, string? Reason, string? Unavailable) result, List<JudgeComparison> comparisons, List<string> reasons)
    {
        if (result.Comparison is { } comparison)
        {
            comparisons.Add(comparison);
        }

        if (result.Reason is { } reason)
        {
            reasons.Add(reason);
        }
    }

    private async Task<(JudgeComparison? Comparison, string? Reason, string? Unavailable)> CompareAsync(
        JudgeRequest request, DateTimeOffset at, string metric, Func<string, string> query, CancellationToken cancellationToken)
    {
        var start = at - request.Window + settings.Resolution;
        var canary = await prometheus.QueryRangeAsync(query(request.CanarySelector), start, at, settings.Resolution, cancellationToken).ConfigureAwait(false);
        var baseline = await prometheus.QueryRangeAsync(query(request.BaselineSelector), start, at, settings.Resolution, cancellationToken).ConfigureAwait(false);
        if ((canary.Error ?? baseline.Error) is { } error)
        {
            return (null, null, error);
        }

        var x = Values(canary);
        var y = Values(baseline);
        if (x.Length < MinSamples || y.Length < MinSamples)
        {
            return (null, $"{metric}: {x.Length} canary and {y.Length} baseline sample(s) over {Duration(request.Window)}, fewer than {MinSamples} on a side: not compared", null);
        }

        var canaryValue = Median(x);
        var baselineValue = Median(y);
        var p = PValue(x, y);
        var shift = x.Distinct().Count() == 1 && y.Distinct().Count() == 1 ? x[0] - y[0] : ShiftTest.Shift(x, y);
        var (effect, minimum, unit) = metric == "error_rate"
            ? (shift, settings.MinErrorRateIncrease, "absolute")
            : (baselineValue == 0 ? 0 : shift / baselineValue, settings.MinLatencyIncrease, "relative");
        var worse = p < settings.Alpha && effect >= minimum;
        var reason = worse
            ? $"{metric}: canary {Number(canaryValue)} vs baseline {Number(baselineValue)} is worse by {Number(effect)} ({unit} Hodges-Lehmann shift >= {Number(minimum)}), significant (Mann-Whitney p={Number(p)} < {Number(settings.Alpha)})"
            : $"{metric}: canary {Number(canaryValue)} vs baseline {Number(baselineValue)}: no significant, material degradation (Mann-Whitney p={Number(p)}, shift {Number(effect)} {unit})";
        return (new JudgeComparison(metric, canaryValue, baselineValue, p, effect, worse ? "fail" : "pass"), reason, null);
    }

    // Identical samples on both sides have no ordering at all: nothing is significant.
    private static double PValue(double[] x, double[] y)
    {
        if (x.Concat(y).Distinct().Count() == 1)
        {
            return 1;
        }

        var p = ShiftTest.PValue(x, y, greater: true);
        return double.IsFinite(p) ? p : 1;
    }

    private static double[] Values(RangeResult result) =>
        [.. result.Series.SelectMany(s => s.Points).Select(p => p.Value).Where(double.IsFinite)];

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Duration(TimeSpan value) =>
        value.TotalSeconds % 60 == 0 ? $"{(long)value.TotalMinutes}m" : $"{(long)value.TotalSeconds}s";

    private static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
