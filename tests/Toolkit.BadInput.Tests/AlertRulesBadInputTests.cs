namespace Toolkit.BadInput.Tests;

/// <summary>Prometheus rule files whose PromQL is broken: a finding at the file's line and column, never a crash or a pass.</summary>
public sealed class AlertRulesBadInputTests
{
    [Fact]
    public async Task A_broken_PromQL_expression_fails_the_gate_at_its_line_and_column()
    {
        using var gate = new GateProcess().WithFile("monitoring/rules.yml", "groups:\n  - name: g\n    rules:\n      - record: r\n        expr: sum(rate(x[5m])\n");

        var result = await gate.RunAsync("policy", "--pack", "alerts");

        result.AssertNotPass();
        Assert.Contains("monitoring/rules.yml:5:18", result.All, StringComparison.Ordinal);
        Assert.Contains("policy/alerts/promql-syntax", result.All, StringComparison.Ordinal);
    }
}
