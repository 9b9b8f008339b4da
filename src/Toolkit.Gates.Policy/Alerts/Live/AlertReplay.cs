namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>
/// Prometheus's alerting-rule state machine (rules/alerting.go, <c>AlertingRule.Eval</c>) replayed over the
/// expression's results: at each evaluation a label set in the result becomes pending (or stays active); a pending
/// alert turns firing once <c>for</c> has elapsed since it became active; a label set missing from the result is
/// dropped when pending, and when firing keeps firing while less than <c>keep_firing_for</c> has passed since it first
/// went missing (reset whenever it returns). A resolved alert that returns starts over as pending.
/// </summary>
internal sealed class AlertReplay(TimeSpan holdFor, TimeSpan keepFiringFor)
{
    private readonly Dictionary<string, ReplayedAlert> active = new(StringComparer.Ordinal);
    private readonly List<(string Identity, DateTimeOffset At)> firings = [];

    /// <summary>Each transition into firing: the alert's label set and the evaluation time.</summary>
    public IReadOnlyList<(string Identity, DateTimeOffset At)> Firings => firings;

    /// <summary>Evaluates once at <paramref name="at"/> with the label sets the expression returned; returns the firing label sets.</summary>
    public IReadOnlyList<string> Step(DateTimeOffset at, IReadOnlySet<string> result)
    {
        foreach (var identity in result)
        {
            if (!active.ContainsKey(identity))
            {
                active[identity] = new ReplayedAlert(at);
            }
        }

        var firing = new List<string>();
        foreach (var (identity, alert) in active.ToList())
        {
            if (!result.Contains(identity))
            {
                var keep = false;
                if (alert.Firing && keepFiringFor > TimeSpan.Zero)
                {
                    alert.KeepFiringSince ??= at;
                    keep = at - alert.KeepFiringSince.Value < keepFiringFor;
                }

                if (!keep)
                {
                    active.Remove(identity);
                    continue;
                }
            }
            else
            {
                alert.KeepFiringSince = null;
            }

            if (!alert.Firing && at - alert.ActiveAt >= holdFor)
            {
                alert.Firing = true;
                firings.Add((identity, at));
            }

            if (alert.Firing)
            {
                firing.Add(identity);
            }
        }

        return firing;
    }
}
