namespace Toolkit.BadInput.Tests;

/// <summary>
/// policy-ci's checks against a live Prometheus: a configured Prometheus that cannot be reached is an error (exit 1)
/// naming the URL, never a pass; a prometheus_url that is not an http(s) URL is a usage error (exit 2).
/// </summary>
public sealed class AlertsBadInputTests
{
    private const string Rules = "groups:\n  - name: worker\n    rules:\n      - alert: QueueBacklog\n        expr: queue_depth > 5\n        for: 5m\n        labels: {severity: warning}\n        annotations: {runbook_url: https://runbooks/queue}\n";

    [Fact]
    public async Task An_unreachable_prometheus_url_in_gates_yml_is_an_error_naming_the_url_not_a_pass()
    {
        // Given a clean rule file and gates.yml pointing policy-ci at a port nothing listens on
        using var gate = new GateProcess()
            .WithFile("rules/worker.yml", Rules)
            .WithFile(".github/gates.yml", "version: 1\ngates:\n  policy-ci:\n    packs: [alerts]\n    prometheus_url: http://127.0.0.1:9\n");

        // When policy-ci runs
        var result = await gate.RunAsync("policy", "--publish", "none");

        // Then the verdict is error (exit 1) and names the URL
        result.AssertNotPass();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ERROR", result.All, StringComparison.Ordinal);
        Assert.Contains("Prometheus at http://127.0.0.1:9/", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_prometheus_url_on_the_command_line_is_an_error_not_a_pass()
    {
        using var gate = new GateProcess().WithFile("rules/worker.yml", Rules);

        var result = await gate.RunAsync("policy", "--pack", "alerts", "--prometheus-url", "http://127.0.0.1:9", "--publish", "none");

        result.AssertNotPass();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Prometheus at http://127.0.0.1:9/", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://prometheus:9090")]
    [InlineData("prometheus:9090")]
    public async Task A_prometheus_url_that_is_not_http_in_gates_yml_is_a_usage_error_at_its_line(string url)
    {
        using var gate = new GateProcess()
            .WithFile("rules/worker.yml", Rules)
            .WithFile(".github/gates.yml", $"version: 1\ngates:\n  policy-ci:\n    packs: [alerts]\n    prometheus_url: '{url}'\n");

        var result = await gate.RunAsync("policy", "--publish", "none");

        result.AssertInputError("prometheus_url");
        Assert.Contains(":5:", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://prometheus:9090")]
    public async Task A_prometheus_url_option_that_is_not_http_is_a_usage_error_naming_the_option(string url)
    {
        using var gate = new GateProcess().WithFile("rules/worker.yml", Rules);

        var result = await gate.RunAsync("policy", "--prometheus-url", url, "--publish", "none");

        result.AssertInputError($"--prometheus-url '{url}' is not an http(s) URL");
    }
}
