using Toolkit.Core.IO;
using Toolkit.Core.Prometheus;
using Toolkit.Core.Processes;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Alerts.Coverage;
using Toolkit.Gates.Policy.Alerts.Live;
using Toolkit.Gates.Policy.Yaml;

namespace Toolkit.Gates.Policy;

internal sealed partial class PolicyEvaluator
{
    /// <summary>
    /// The alert checks across files: golden path coverage, then (with prometheus_url) series and noise, and in a pull
    /// request the base's noise. Findings go to <paramref name="findings"/>, what stopped a check to <paramref name="problems"/>.
    /// </summary>
    private async Task<NoiseReport?> CheckAlertsAsync(string root, RuleSet rules, IReadOnlySet<string> disabled, List<Finding> findings, List<string> problems, CancellationToken cancellationToken)
    {
        if (options.GoldenPaths is { } goldenPaths && !disabled.Contains(Rules.RuleCatalog.AlertGoldenPathUncovered.Id))
        {
            var display = goldenPaths.Replace('\\', '/');
            var (text, unreadable) = UserFiles.ReadLooseText(Path.GetFullPath(goldenPaths, root), display);
            if (unreadable is not null)
            {
                // slo-gates is configured with this file: coverage that cannot be checked must not pass.
                problems.Add($"alerts/golden-path-uncovered could not be checked: {unreadable}. Fix the golden paths file slo-gates names, or disable the rule.");
            }
            else
            {
                var (paths, error) = GoldenPathNames.Read(display, text!);
                if (error is not null)
                {
                    problems.Add($"The golden paths file could not be read for alerts/golden-path-uncovered: {error}. Fix the file (gate slo checks it too).");
                }

                findings.AddRange(GoldenPathCoverage.Check(paths, rules));
            }
        }

        if (options.PrometheusUrl is not { } url)
        {
            return null;
        }

        using var client = new PrometheusClient(new PrometheusOptions(url) { Timeout = TimeSpan.FromSeconds(30), MaxConcurrency = 4 });
        var live = new LiveAlertChecks(client, options, disabled);
        var head = await live.RunAsync(rules, cancellationToken).ConfigureAwait(false);
        if (head.Error is not null)
        {
            problems.Add($"The alert rules could not be checked against Prometheus at {url}: {head.Error} Fix: make prometheus_url (or --prometheus-url) reachable from the runner, or remove it to skip alerts/series-missing and alerts/noisy.");
            return null;
        }

        findings.AddRange(head.Findings);
        if (options.BaseRef is not { } baseRef)
        {
            return new NoiseReport(head.Noise, rules.Alerts, null, [], null);
        }

        var (baseRules, baseError) = await ReadBaseRulesAsync(root, baseRef, rules.Alerts.Select(r => r.Path).Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        if (baseError is not null)
        {
            problems.Add($"The base rule files could not be read for the noise change: {baseError} Fix: fetch the base (actions/checkout with fetch-depth: 0).");
            return null;
        }

        var (baseNoise, replayError) = await live.ReplayAsync(baseRules, cancellationToken).ConfigureAwait(false);
        if (replayError is not null)
        {
            problems.Add($"The base alert rules could not be replayed against Prometheus at {url}: {replayError}");
            return null;
        }

        return new NoiseReport(head.Noise, rules.Alerts, baseNoise, baseRules.Alerts, baseRef);
    }

    /// <summary>The alerting rules of the head's rule files as they are at <paramref name="baseRef"/> (a file new in the pull request has none).</summary>
    private static async Task<(RuleSet Rules, string? Error)> ReadBaseRulesAsync(string root, string baseRef, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var resolved = Git.ResolveCommit(root, baseRef);
        if (resolved.Sha is not { } sha)
        {
            return (RuleSet.Empty, $"base '{baseRef}': {resolved.Problem}");
        }

        var rules = RuleSet.Empty;
        foreach (var path in paths)
        {
            var shown = await Git.RunAsync(root, ["show", $"{sha}:./{path}"], cancellationToken).ConfigureAwait(false);
            if (shown.ExitCode != 0)
            {
                continue; // the file is new in the pull request
            }

            if (YamlFile.Parse(path, shown.Output, out _) is { } yaml)
            {
                foreach (var document in yaml.Documents.Where(d => Alerts.AlertPolicy.IsRuleFile(d.RootNode)))
                {
                    rules = rules.Add(AlertRuleReader.Read(path, document.RootNode));
                }
            }
        }

        return (rules, null);
    }
}
