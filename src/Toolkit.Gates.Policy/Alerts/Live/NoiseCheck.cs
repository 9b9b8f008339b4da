using Toolkit.Core.Prometheus;

namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>
/// Replays alerting rules over the history: the expression is evaluated with query_range at the rule's evaluation
/// interval (one step per rule evaluation, at multiples of the interval; Prometheus shifts each group's timer by a
/// constant under one interval, which moves edges by less than one evaluation), the results go
/// through <see cref="AlertReplay"/>, and the transitions into firing are counted. Beside the replay, the
/// <c>ALERTS</c> and <c>ALERTS_FOR_STATE</c> series Prometheus wrote (when the history has them) are counted too.
/// </summary>
internal sealed class NoiseCheck(PrometheusClient client, DateTimeOffset end, TimeSpan history, TimeSpan defaultInterval)
{
    // Prometheus refuses a range query of more than 11,000 points per series.
    private const int MaxSteps = 10_000;

    private IReadOnlySet<string>? alertsWithHistory;
    private IReadOnlySet<string>? alertsWithForState;

    /// <summary>The replayed noise of <paramref name="rule"/>, or the Prometheus error.</summary>
    public async Task<(AlertNoise? Noise, string? Error)> ReplayAsync(AlertRule rule, Action<DateTimeOffset, IReadOnlyList<string>>? observe, CancellationToken cancellationToken)
    {
        var interval = rule.Interval ?? defaultInterval;
        var (first, last) = Window(interval);
        var replay = new AlertReplay(rule.For, rule.KeepFiringFor);
        var (present, error) = await PresenceAsync(rule.Expr, first, last, interval, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, $"{error} (replaying alert '{rule.Name}' at {rule.Where})");
        }

        var empty = new HashSet<string>(StringComparer.Ordinal);
        for (var at = first; at <= last; at += interval)
        {
            var firing = replay.Step(at, present.GetValueOrDefault(at) ?? empty);
            observe?.Invoke(at, firing);
        }

        var (recorded, activations, historyError) = await HistoryAsync(rule.Name, first, last, interval, cancellationToken).ConfigureAwait(false);
        return historyError is not null
            ? (null, historyError)
            : (new AlertNoise(replay.Firings.Count, history.TotalDays, replay.Firings, recorded, activations), null);
    }

    /// <summary>The evaluation times: aligned to the interval, ending at or before <c>end</c>, spanning the history.</summary>
    public (DateTimeOffset First, DateTimeOffset Last) Window(TimeSpan interval)
    {
        var ms = (long)interval.TotalMilliseconds;
        var last = DateTimeOffset.FromUnixTimeMilliseconds(end.ToUnixTimeMilliseconds() / ms * ms);
        return (last - history, last);
    }

    /// <summary>Per evaluation time, the label sets (without <c>__name__</c>) the expression returned.</summary>
    private async Task<(Dictionary<DateTimeOffset, HashSet<string>> Present, string? Error)> PresenceAsync(string expr, DateTimeOffset first, DateTimeOffset last, TimeSpan step, CancellationToken cancellationToken)
    {
        var present = new Dictionary<DateTimeOffset, HashSet<string>>();
        for (var from = first; from <= last; from += step * MaxSteps)
        {
            var to = Min(from + (step * (MaxSteps - 1)), last);
            var result = await client.QueryRangeAsync(expr, from, to, step, cancellationToken).ConfigureAwait(false);
            if (result.Error is not null)
            {
                return (present, result.Error);
            }

            foreach (var series in result.Series)
            {
                var identity = Identity(series.Labels);
                foreach (var (at, _) in series.Points)
                {
                    if (!present.TryGetValue(at, out var set))
                    {
                        present[at] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(identity);
                }
            }
        }

        return (present, null);
    }

    private async Task<(int? Firings, int? Activations, string? Error)> HistoryAsync(string alert, DateTimeOffset first, DateTimeOffset last, TimeSpan step, CancellationToken cancellationToken)
    {
        if (alertsWithHistory is null)
        {
            var names = await client.LabelValuesAsync("alertname", "ALERTS", first, last, cancellationToken).ConfigureAwait(false);
            var forState = await client.LabelValuesAsync("alertname", "ALERTS_FOR_STATE", first, last, cancellationToken).ConfigureAwait(false);
            if ((names.Error ?? forState.Error) is { } error)
            {
                return (null, null, error);
            }

            alertsWithHistory = names.Values.ToHashSet(StringComparer.Ordinal);
            alertsWithForState = forState.Values.ToHashSet(StringComparer.Ordinal);
        }

        int? firings = alertsWithHistory.Count == 0 ? null : 0;
        int? activations = alertsWithForState!.Count == 0 ? null : 0;
        var name = alert.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        if (alertsWithHistory.Contains(alert))
        {
            var result = await client.QueryRangeAsync($"ALERTS{{alertname=\"{name}\",alertstate=\"firing\"}}", first, last, step, cancellationToken).ConfigureAwait(false);
            if (result.Error is not null)
            {
                return (null, null, result.Error);
            }

            // A firing run is a stretch of consecutive evaluations; each run's start is one firing.
            firings = result.Series.Sum(s => s.Points.Where((p, i) => i == 0 || p.Time - s.Points[i - 1].Time > step).Count());
        }

        if (alertsWithForState.Contains(alert))
        {
            var result = await client.QueryRangeAsync($"ALERTS_FOR_STATE{{alertname=\"{name}\"}}", first, last, step, cancellationToken).ConfigureAwait(false);
            if (result.Error is not null)
            {
                return (null, null, result.Error);
            }

            // The value is the activation time; each distinct value per label set is one activation.
            activations = result.Series.Sum(s => s.Points.Select(p => p.Value).Distinct().Count());
        }

        return (firings, activations, null);
    }

    private static string Identity(IReadOnlyDictionary<string, string> labels) =>
        string.Join(",", labels.Where(l => l.Key != "__name__").OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}=\"{l.Value}\""));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
