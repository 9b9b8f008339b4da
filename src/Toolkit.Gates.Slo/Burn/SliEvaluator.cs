using System.Globalization;
using Toolkit.Gates.Slo.Loading;
using Toolkit.Gates.Slo.Model;
using Toolkit.Core.Prometheus;

namespace Toolkit.Gates.Slo.Burn;

/// <summary>
/// Measures SLIs against Prometheus at a fixed time: error ratios for every burn window, burn rates
/// (error ratio / (1 - objective)), the remaining budget, and latency quantiles. All queries of an SLI run
/// concurrently (bounded by the client).
/// </summary>
/// <param name="client">The Prometheus client.</param>
/// <param name="pairs">Window pairs for every SLI; null means each SLI's own (<see cref="Sli.AlertWindows"/>, else <see cref="WindowPair.For"/> its window).</param>
internal sealed class SliEvaluator(PrometheusClient client, IReadOnlyList<WindowPair>? pairs = null)
{
    private readonly IReadOnlyList<WindowPair>? pairsForAll = pairs;

    public async Task<SliResult> EvaluateAsync(Sli sli, TimeSpan evaluationWindow, DateTimeOffset at, string? selector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sli);
        return sli.Kind == SliKind.Latency
            ? await LatencyAsync(sli, evaluationWindow, at, selector, cancellationToken).ConfigureAwait(false)
            : await RatioAsync(sli, evaluationWindow, at, selector, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The error ratio of a ratio SLI over one window, or the reason there is none.</summary>
    public async Task<(double Ratio, string? NoData)> ErrorRatioAsync(Sli sli, TimeSpan window, DateTimeOffset at, string? selector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sli);
        var w = Durations.Format(window);
        var numeratorQuery = QueryTemplate.Render(sli.ErrorQuery ?? sli.GoodQuery!, w, selector);
        if (sli.TotalQuery is null)
        {
            var direct = await client.QueryAsync(numeratorQuery, at, cancellationToken).ConfigureAwait(false);
            return Checked(direct) is { } problem ? (double.NaN, problem) : (direct.Scalar, null);
        }

        var numeratorTask = client.QueryAsync(numeratorQuery, at, cancellationToken);
        var totalTask = client.QueryAsync(QueryTemplate.Render(sli.TotalQuery, w, selector), at, cancellationToken);
        var numerator = await numeratorTask.ConfigureAwait(false);
        var total = await totalTask.ConfigureAwait(false);
        if (Checked(total) is { } noTotal)
        {
            return (double.NaN, noTotal);
        }

        if (total.Scalar <= 0)
        {
            return (double.NaN, $"no traffic in the last {w}: `{total.Query}` is {total.Scalar.ToString(CultureInfo.InvariantCulture)}");
        }

        // An error counter that has never been incremented has no series at all: that is zero errors, not no data.
        if (numerator.IsError || numerator.Samples.Count > 1 || (numerator.Samples.Count == 1 && double.IsNaN(numerator.Scalar)))
        {
            return (double.NaN, Checked(numerator));
        }

        var count = numerator.Samples.Count == 0 ? 0 : numerator.Scalar;
        var ratio = sli.ErrorQuery is not null ? count / total.Scalar : 1 - (count / total.Scalar);
        return (Math.Clamp(ratio, 0, 1), null);
    }

    private async Task<SliResult> RatioAsync(Sli sli, TimeSpan evaluationWindow, DateTimeOffset at, string? selector, CancellationToken cancellationToken)
    {
        var windowPairs = pairsForAll ?? sli.AlertWindows ?? WindowPair.For(sli.Window);
        var budgetWindow = sli.BudgetWindowAt(at);
        var windows = windowPairs.SelectMany(p => new[] { p.Long, p.Short }).Append(budgetWindow).Append(evaluationWindow).Distinct().ToList();
        var measured = await Task.WhenAll(windows.Select(w => ErrorRatioAsync(sli, w, at, selector, cancellationToken))).ConfigureAwait(false);
        var ratios = windows.Zip(measured).ToDictionary(x => x.First, x => x.Second.Ratio);
        if (measured.Select((m, i) => (m.NoData, Window: windows[i])).FirstOrDefault(m => m.NoData is not null) is { NoData: not null } missing)
        {
            return new SliResult(sli) { ErrorRatios = ratios, NoData = $"{missing.NoData} (window {Durations.Format(missing.Window)})" };
        }

        var budget = sli.Budget;
        return new SliResult(sli)
        {
            ErrorRatios = ratios,
            Pairs = windowPairs.Select(p => new PairResult(p, ratios[p.Long] / budget, ratios[p.Short] / budget)).ToList(),
            ErrorRate = ratios[evaluationWindow],
            BudgetRemaining = 1 - (ratios[budgetWindow] / budget),
        };
    }

    private async Task<SliResult> LatencyAsync(Sli sli, TimeSpan evaluationWindow, DateTimeOffset at, string? selector, CancellationToken cancellationToken)
    {
        var w = Durations.Format(evaluationWindow);
        var keys = sli.Quantiles.Keys.ToList();
        var results = await Task.WhenAll(keys.Select(k => client.QueryAsync(QueryTemplate.Render(sli.Quantiles[k], w, selector), at, cancellationToken))).ConfigureAwait(false);
        var latency = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (Checked(results[i]) is { } problem)
            {
                return new SliResult(sli) { NoData = problem };
            }

            latency[keys[i]] = results[i].Scalar * 1000;
        }

        return new SliResult(sli) { LatencyMs = latency };
    }

    /// <summary>Null when the result is one finite-or-infinite number; otherwise why it cannot be used.</summary>
    private static string? Checked(QueryResult result) => result switch
    {
        { IsError: true } => $"{result.Error} (query `{result.Query}`)",
        { Samples.Count: 0 } => $"empty result for `{result.Query}`",
        { Samples.Count: > 1 } => $"`{result.Query}` returned {result.Samples.Count} series; aggregate it to one (e.g. sum(...))",
        _ when double.IsNaN(result.Scalar) => $"NaN for `{result.Query}`",
        _ => null,
    };
}
