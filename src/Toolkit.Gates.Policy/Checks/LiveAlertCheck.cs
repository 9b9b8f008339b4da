using Toolkit.Core.Prometheus;
using Toolkit.Gates.Policy.Alerts.Live;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>
/// With <c>prometheus_url</c>: the alerts' series and noise against Prometheus, and in a pull request the base's noise
/// for the change. A Prometheus that cannot answer is a problem, never a pass.
/// </summary>
internal static class LiveAlertCheck
{
    public static async Task<LiveAlertResult> RunAsync(string root, PolicyOptions options, RuleSet rules, IReadOnlySet<string> disabled, CancellationToken cancellationToken)
    {
        if (options.PrometheusUrl is not { } url)
        {
            return LiveAlertResult.None;
        }

        using var client = new PrometheusClient(new PrometheusOptions(url) { Timeout = TimeSpan.FromSeconds(30), MaxConcurrency = 4 });
        var live = new LiveAlertChecks(client, options, disabled);
        var head = await live.RunAsync(rules, cancellationToken).ConfigureAwait(false);
        if (head.Error is not null)
        {
            return Failed($"The alert rules could not be checked against Prometheus at {url}: {head.Error} Fix: make prometheus_url (or --prometheus-url) reachable from the runner, or remove it to skip {PolicyRules.AlertSeriesMissing.Id} and {PolicyRules.AlertNoisy.Id}.");
        }

        if (options.BaseRef is not { } baseRef)
        {
            return new LiveAlertResult(head.Findings, [], new NoiseReport(head.Noise, rules.Alerts, null, [], null));
        }

        var (baseRules, baseError) = await BaseRuleFiles.ReadAsync(root, baseRef, rules.Alerts.Select(r => r.Path).Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        if (baseError is not null)
        {
            return Failed($"The base rule files could not be read for the noise change: {baseError} Fix: fetch the base (actions/checkout with fetch-depth: 0).", head);
        }

        var (baseNoise, replayError) = await live.ReplayAsync(baseRules, cancellationToken).ConfigureAwait(false);
        if (replayError is not null)
        {
            return Failed($"The base alert rules could not be replayed against Prometheus at {url}: {replayError}", head);
        }

        return new LiveAlertResult(head.Findings, [], new NoiseReport(head.Noise, rules.Alerts, baseNoise, baseRules.Alerts, baseRef));
    }

    // The head's findings stand when only the base could not be read: they were found.
    private static LiveAlertResult Failed(string problem, LiveResult? head = null) => new(head?.Findings ?? [], [problem], null);
}
