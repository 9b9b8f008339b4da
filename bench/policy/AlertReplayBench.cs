using System.Diagnostics;
using System.Globalization;
using System.Text;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy;
using Toolkit.Testing;
using Toolkit.Testing.Prometheus;

/// <summary>
/// policy/alerts/noisy replay benchmark: 7 days of one-minute samples of 20 series loaded into a real Prometheus (promtool
/// create-blocks), 5 alerts replayed by the gate over the whole week, side by side with `promtool test rules`
/// evaluating the same rules over the same series (Prometheus's own engine, timing only).
///   dotnet run -c Release --project bench/policy -- replay
/// </summary>
internal static class AlertReplayBench
{
    private const int Minutes = 7 * 24 * 60;
    private const int Series = 20;

    private const string Rules = """
        groups:
          - name: bench
            rules:
              - {alert: QueueNow, expr: bench_queue > 5, labels: {severity: info}}
              - {alert: QueueFor2m, expr: bench_queue > 5, for: 2m, labels: {severity: info}}
              - {alert: QueueFor5m, expr: bench_queue > 5, for: 5m, labels: {severity: info}}
              - {alert: QueueSticky, expr: bench_queue > 5, keep_firing_for: 3m, labels: {severity: info}}
              - {alert: QueueJob, expr: max by (job) (bench_queue) > 5, for: 2m, keep_firing_for: 2m, labels: {severity: info}}
        """;

    public static async Task<int> RunAsync()
    {
        var start = DateTimeOffset.FromUnixTimeSeconds((DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600 * 3600) - ((Minutes / 60 + 2) * 3600));
        var end = start.AddMinutes(Minutes);
        var load = Stopwatch.StartNew();
        await using var prometheus = await PrometheusServer.StartAsync(OpenMetrics(start));
        load.Stop();
        using var repo = new TempDirectory();
        repo.Write("rules/bench.yml", Rules);
        var options = new PolicyOptions
        {
            Packs = ["alerts"],
            DisabledRules = ["policy/alerts/missing-runbook"],
            PrometheusUrl = prometheus.Url,
            AlertHistory = TimeSpan.FromMinutes(Minutes),
            AlertHistoryEnd = end,
        };
        var environment = RunEnvironment.From(new Dictionary<string, string>());
        await new PolicyGate(environment: environment).RunAsync(repo.Path, options, null, TextWriter.Null, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        var outcome = await new PolicyGate(environment: environment).RunAsync(repo.Path, options, null, TextWriter.Null, CancellationToken.None);
        watch.Stop();

        repo.Write("test.yml", PromtoolTest());
        var promtool = Stopwatch.StartNew();
        using (var process = Process.Start(new ProcessStartInfo("promtool", ["test", "rules", repo.Combine("test.yml")]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo.Path })!)
        {
            await process.StandardOutput.ReadToEndAsync();
            await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
        }

        promtool.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs: {Series} series x {Minutes + 1} one-minute samples (7d), 5 alerts; Prometheus loaded in {load.ElapsedMilliseconds} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gate policy --pack alerts with prometheus_url (series + 7d replay of 5 alerts): {watch.ElapsedMilliseconds} ms; {outcome.Metrics.GetValueOrDefault("alert_firings_per_day")} firings/day in total"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"promtool test rules (same rules, same series, 7d at 1m, Prometheus's engine in-process): {promtool.ElapsedMilliseconds} ms"));
        return outcome.IsError ? 1 : 0;
    }

    private static double Value(int series, int minute) => (minute * (series + 7)) % 97 < 5 ? 10 : 1;

    private static string OpenMetrics(DateTimeOffset start)
    {
        var text = new StringBuilder("# TYPE bench_queue gauge\n");
        for (var s = 0; s < Series; s++)
        {
            for (var m = 0; m <= Minutes; m++)
            {
                text.Append(CultureInfo.InvariantCulture, $"bench_queue{{instance=\"i{s}\",job=\"j{s % 4}\"}} {Value(s, m)} {start.ToUnixTimeSeconds() + (m * 60)}\n");
            }
        }

        return text.Append("# EOF\n").ToString();
    }

    private static string PromtoolTest()
    {
        var text = new StringBuilder("rule_files: [rules/bench.yml]\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n    input_series:\n");
        for (var s = 0; s < Series; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"      - series: 'bench_queue{{instance=\"i{s}\",job=\"j{s % 4}\"}}'\n        values: '");
            text.AppendJoin(' ', Enumerable.Range(0, Minutes + 1).Select(m => Value(s, m).ToString(CultureInfo.InvariantCulture))).Append("'\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"    alert_rule_test:\n      - eval_time: {Minutes}m\n        alertname: QueueNow\n        exp_alerts: []\n").ToString();
    }
}
