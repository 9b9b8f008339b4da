using System.Globalization;
using Toolkit.Core.Prometheus;

namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>The alert checks that need a live Prometheus: policy/alerts/series-missing and policy/alerts/noisy.</summary>
internal sealed class LiveAlertChecks(PrometheusClient client, PolicyOptions options, IReadOnlySet<string> disabled)
{
    private DateTimeOffset End => options.AlertHistoryEnd ?? DateTimeOffset.UtcNow;

    /// <summary>Series and noise of every alert of <paramref name="rules"/>; an unreachable or failing Prometheus is the result's error.</summary>
    public async Task<LiveResult> RunAsync(RuleSet rules, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        if (!disabled.Contains(PolicyRules.AlertSeriesMissing.Id))
        {
            var series = new SeriesCheck(client, End - options.AlertHistory, End);
            foreach (var rule in rules.Alerts)
            {
                var (problems, error) = await series.CheckAsync(rule, rules.Recorded, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    return LiveResult.None with { Error = error };
                }

                findings.AddRange(problems.Select(p => FindingSink.Create(PolicyRules.AlertSeriesMissing, new SourceLocation(rule.Path, rule.ExprLine, 1), $"Alert '{rule.Name}': {p}")));
            }
        }

        var (noise, noiseError) = await ReplayAsync(rules, cancellationToken).ConfigureAwait(false);
        if (noiseError is not null)
        {
            return LiveResult.None with { Error = noiseError };
        }

        if (!disabled.Contains(PolicyRules.AlertNoisy.Id))
        {
            foreach (var rule in rules.Alerts.Where(r => noise.TryGetValue(r.Key, out var n) && n.PerDay > options.MaxFiringsPerDay))
            {
                var n = noise[rule.Key];
                var history = n.History is { } h ? $"; Prometheus's ALERTS history shows {h} firing(s)" : "; no ALERTS history to compare";
                findings.Add(FindingSink.Create(PolicyRules.AlertNoisy, new SourceLocation(rule.Path, rule.Line, rule.Column), string.Create(CultureInfo.InvariantCulture,
                    $"Alert '{rule.Name}' would have fired {n.Firings} time(s) in the last {n.Days:0.##} day(s) ({n.PerDay:0.##}/day, above max_firings_per_day {options.MaxFiringsPerDay:0.##}; for: {Show(rule.For)}, keep_firing_for: {Show(rule.KeepFiringFor)}){history}.")));
            }
        }

        return new LiveResult(findings, noise, null);
    }

    /// <summary>Replays every alert (the noise figures are evidence even when policy/alerts/noisy is disabled).</summary>
    public async Task<(Dictionary<string, AlertNoise> Noise, string? Error)> ReplayAsync(RuleSet rules, CancellationToken cancellationToken)
    {
        var check = new NoiseCheck(client, End, options.AlertHistory, options.EvaluationInterval);
        var noise = new Dictionary<string, AlertNoise>(StringComparer.Ordinal);
        foreach (var rule in rules.Alerts.Where(r => r.Parsed is not null))
        {
            var (replayed, error) = await check.ReplayAsync(rule, null, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return (noise, error);
            }

            noise[rule.Key] = replayed!;
        }

        return (noise, null);
    }

    private static string Show(TimeSpan span) => span == TimeSpan.Zero ? "0" : span.TotalMinutes % 60 == 0 ? $"{span.TotalHours:0}h" : $"{span.TotalMinutes:0.##}m";
}
