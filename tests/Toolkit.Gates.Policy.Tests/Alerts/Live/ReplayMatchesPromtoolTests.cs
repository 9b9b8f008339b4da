using System.Diagnostics;
using System.Text;
using Toolkit.Core.Prometheus;
using Toolkit.Gates.Policy.Alerts.Live;
using Toolkit.Gates.Policy.Yaml;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Alerts.Live;

/// <summary>
/// The replay of policy/alerts/noisy against Prometheus's own rule evaluation: the replayed firing set at every evaluation
/// becomes a `promtool test rules` case over the same input series and the same rules, so promtool (Prometheus's
/// rule engine) confirms each firing alert and timestamp, and that nothing else fires.
/// </summary>
[Collection(AlertHistoryCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class ReplayMatchesPromtoolTests(AlertHistoryFixture prometheus)
{
    private const string Rules = AlertHistoryData.QueueBacklogRule + """
              - alert: QueueBacklogFlappy
                expr: queue_depth > 5
                labels:
                  severity: info
              - alert: QueueBacklogSticky
                expr: queue_depth > 5
                keep_firing_for: 3m
                labels:
                  severity: info
              - alert: QueueBacklogSlow
                expr: max by (job) (queue_depth) > 5
                for: 6m
                labels:
                  severity: info
        """;

    [Fact]
    public async Task The_replayed_firings_are_those_prometheus_rule_evaluation_produces_on_the_same_data()
    {
        // Given the rules, and Prometheus loaded with four hours of queue depth
        var (timeline, noise) = await ReplayAsync();

        // When the replayed firing alerts at every minute are asserted by promtool over the same series
        using var work = new TempDirectory();
        var (exit, output) = await PromtoolAsync(work, timeline);

        // Then promtool agrees at all 241 evaluations of the four rules
        Assert.True(exit == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);

        // And the counts are the hand-worked ones: `for` drops short bursts, keep_firing_for bridges a one-minute dip
        Assert.Equal([13, 33, 53, 103, 155, 203], noise["QueueBacklog"].FiredAt.Select(f => Minute(f.At)).Order());
        Assert.Equal(10, noise["QueueBacklogFlappy"].Firings);
        Assert.Equal(7, noise["QueueBacklogSticky"].Firings);
        Assert.Equal(6, noise["QueueBacklog"].History); // the ALERTS series written for it
        Assert.Equal(0, noise["QueueBacklogFlappy"].History);
    }

    [Fact]
    public async Task Promtool_refuses_a_replay_that_is_one_firing_minute_off()
    {
        // Given the replayed timeline with one firing minute removed
        var (timeline, _) = await ReplayAsync();
        var minute = timeline.Keys.First(k => k.Alert == "QueueBacklog" && timeline[k].Count > 0);
        timeline[minute] = [];

        // When promtool checks it
        using var work = new TempDirectory();
        var (exit, output) = await PromtoolAsync(work, timeline);

        // Then it fails at that minute: the comparison has teeth
        Assert.NotEqual(0, exit);
        Assert.Contains("QueueBacklog", output, StringComparison.Ordinal);
    }

    private async Task<(Dictionary<(string Alert, int Minute), IReadOnlyList<string>> Timeline, Dictionary<string, AlertNoise> Noise)> ReplayAsync()
    {
        var yaml = YamlFile.Parse("rules.yml", Rules, out _)!;
        var rules = AlertRuleReader.Read("rules.yml", yaml.Documents[0].RootNode);
        using var client = new PrometheusClient(new PrometheusOptions(prometheus.Url));
        var check = new NoiseCheck(client, prometheus.End, AlertHistoryFixture.History, TimeSpan.FromMinutes(1));
        var timeline = new Dictionary<(string, int), IReadOnlyList<string>>();
        var noise = new Dictionary<string, AlertNoise>();
        foreach (var rule in rules.Alerts)
        {
            var (replayed, error) = await check.ReplayAsync(rule, (at, firing) => timeline[(rule.Name, Minute(at))] = firing, CancellationToken.None);
            Assert.Null(error);
            noise[rule.Name] = replayed!;
        }

        Assert.Equal(4 * (AlertHistoryData.Minutes + 1), timeline.Count);
        return (timeline, noise);
    }

    private int Minute(DateTimeOffset at) => (int)(at - prometheus.Start).TotalMinutes;

    private static async Task<(int Exit, string Output)> PromtoolAsync(TempDirectory work, Dictionary<(string Alert, int Minute), IReadOnlyList<string>> timeline)
    {
        work.Write("rules.yml", Rules);
        var severities = new Dictionary<string, string> { ["QueueBacklog"] = "warning", ["QueueBacklogFlappy"] = "info", ["QueueBacklogSticky"] = "info", ["QueueBacklogSlow"] = "info" };
        var test = new StringBuilder("rule_files: [rules.yml]\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n    input_series:\n");
        foreach (var instance in AlertHistoryData.High.Keys)
        {
            test.Append($"      - series: 'queue_depth{{instance=\"{instance}\",job=\"worker\"}}'\n        values: '{AlertHistoryData.PromtoolValues(instance)}'\n");
        }

        test.Append("    alert_rule_test:\n");
        foreach (var ((alert, minute), firing) in timeline.OrderBy(t => t.Key.Minute).ThenBy(t => t.Key.Alert, StringComparer.Ordinal))
        {
            test.Append($"      - eval_time: {minute}m\n        alertname: {alert}\n        exp_alerts:");
            test.Append(firing.Count == 0 ? " []\n" : "\n");
            foreach (var identity in firing)
            {
                test.Append($"          - exp_labels: {{{identity.Replace("=", ": ", StringComparison.Ordinal).Replace(",", ", ", StringComparison.Ordinal)}, severity: {severities[alert]}}}\n");
            }
        }

        var path = work.Write("test.yml", test.ToString());
        var info = new ProcessStartInfo("promtool") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work.Path };
        foreach (var arg in new[] { "test", "rules", path })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
