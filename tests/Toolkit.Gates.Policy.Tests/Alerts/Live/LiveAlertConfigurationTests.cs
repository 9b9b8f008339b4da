using Toolkit.Core.Configuration;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Alerts.Live;

public sealed class LiveAlertConfigurationTests
{
    [Fact]
    public void The_live_alert_keys_of_gates_yml_are_bound_with_their_defaults()
    {
        // Given a section with the live alert keys, and an empty one
        var configured = Bind("prometheus_url: http://prometheus:9090\nalert_history: 3d\nevaluation_interval: 30s\nmax_firings_per_day: 0.5\n");
        var defaults = Bind("packs: [alerts]\n");

        // Then the values are bound (the URL with a trailing slash), and the defaults are 7d, 1m and 2 without Prometheus
        Assert.Equal((new Uri("http://prometheus:9090/"), TimeSpan.FromDays(3), TimeSpan.FromSeconds(30), 0.5), (configured.Options.PrometheusUrl, configured.Options.AlertHistory, configured.Options.EvaluationInterval, configured.Options.MaxFiringsPerDay));
        Assert.Equal(((Uri?)null, TimeSpan.FromDays(7), TimeSpan.FromMinutes(1), 2.0), (defaults.Options.PrometheusUrl, defaults.Options.AlertHistory, defaults.Options.EvaluationInterval, defaults.Options.MaxFiringsPerDay));
        Assert.Empty(configured.Diagnostics);
    }

    [Fact]
    public void Every_bad_live_alert_value_is_reported_at_its_line()
    {
        var (_, diagnostics) = Bind("prometheus_url: prometheus:9090\nalert_history: 0s\nmax_firings_per_day: -1\n");

        Assert.Equal([1, 2, 3], diagnostics.Select(d => d.Line).Order());
        Assert.Contains(diagnostics, d => d.Message.Contains("prometheus_url 'prometheus:9090' is not an http(s) URL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_command_line_prometheus_url_wins_over_gates_yml()
    {
        // Given gates.yml naming a Prometheus that cannot be reached, and the command line naming another
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "version: 1\ngates:\n  policy-ci:\n    packs: [alerts]\n    prometheus_url: http://127.0.0.1:9\n");
        repo.Write("rules/a.yml", "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        for: 5m\n        labels: {severity: warning}\n        annotations: {runbook_url: https://r}\n");

        // When the gate runs with --prometheus-url
        var outcome = await PolicyRun.GateAsync(repo.Path, new PolicyOverrides { PrometheusUrl = "http://127.0.0.1:7/" });

        // Then the error names the command line's URL
        Assert.True(outcome.IsError);
        Assert.Contains("Prometheus at http://127.0.0.1:7/", outcome.Findings[0].Message, StringComparison.Ordinal);
    }

    private static (PolicyOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(string yaml)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        var section = new GateSection("policy-ci", "gates.yml", (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode, new Core.Verdicts.SourceLocation("gates.yml", 1, 1));
        return PolicyOptionsBinder.Bind(section, null);
    }
}
