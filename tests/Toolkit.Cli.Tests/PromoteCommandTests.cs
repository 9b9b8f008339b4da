using System.Text.Json;
using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;

namespace Toolkit.Cli.Tests;

public sealed class PromoteCommandTests
{
    private const string Required = "settings:\n  required: [slo-gates, performance-gate, supply-chain]\n";

    private static void WriteVerdicts(CliHarness cli, double burn, double headroom)
    {
        foreach (var verdict in new[]
        {
            new GateVerdict("slo-gates", burn > 0 ? VerdictStatus.Fail : VerdictStatus.Pass, "2 golden paths") { Metrics = new Dictionary<string, double> { ["burn"] = burn } },
            new GateVerdict("performance-gate", VerdictStatus.Pass, "12 compared") { Metrics = new Dictionary<string, double> { ["headroom.web"] = headroom } },
            new GateVerdict("supply-chain", VerdictStatus.Pass, "214 components"),
        })
        {
            cli.Repo.Write($"artifacts/gates/{verdict.Gate}.verdict.json", VerdictJson.Serialize(verdict));
        }
    }

    private static JsonElement Read(CliHarness cli, string file) => JsonDocument.Parse(File.ReadAllText(cli.OutputFile(file))).RootElement;

    [Fact]
    public async Task The_plan_is_the_contracts_promote_document()
    {
        using var cli = new CliHarness().WithConfig(Required);
        WriteVerdicts(cli, burn: 0, headroom: 0.31);

        var exit = await cli.RunAsync("promote", "--plan", "--version", "v3.0.0");

        Assert.Equal(0, exit);
        var plan = Read(cli, "promote.json");
        Assert.Equal("v3.0.0", plan.GetProperty("version").GetString());
        Assert.Equal([10, 50, 100], plan.GetProperty("canary").GetProperty("steps").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal("burn>0", plan.GetProperty("abort_on").GetProperty("slo").GetString());
        Assert.True(plan.GetProperty("ready").GetBoolean());
        Assert.Contains("the first step may start", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burning_slo_at_a_step_exits_1_with_the_rollback_document()
    {
        using var cli = new CliHarness().WithConfig(Required);
        WriteVerdicts(cli, burn: 3.2, headroom: 0.31);

        var exit = await cli.RunAsync("promote", "--check", "--step", "50", "--version", "v3.0.0");

        Assert.Equal(1, exit);
        var rollback = Read(cli, "rollback.json");
        Assert.Equal(("ROLLBACK", "slo_breach", 50), (rollback.GetProperty("kind").GetString(), rollback.GetProperty("reason").GetString(), rollback.GetProperty("step").GetInt32()));
        Assert.Contains("Step 50%: ROLL BACK (slo_breach)", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Low_headroom_is_a_gate_fail_and_healthy_verdicts_promote_on()
    {
        using var low = new CliHarness().WithConfig(Required);
        WriteVerdicts(low, burn: 0, headroom: 0.12);
        using var healthy = new CliHarness().WithConfig(Required);
        WriteVerdicts(healthy, burn: 0, headroom: 0.31);

        Assert.Equal(1, await low.RunAsync("promote", "--check", "--step", "10"));
        Assert.Equal("gate_fail", Read(low, "rollback.json").GetProperty("reason").GetString());
        Assert.Equal(0, await healthy.RunAsync("promote", "--check", "--step", "100"));
        Assert.False(File.Exists(healthy.OutputFile("rollback.json")));
    }

    [Theory]
    [InlineData("--plan", "--check")]
    [InlineData("--check", "--step", "30")]
    [InlineData("--plan", "--steps", "50,10,100")]
    public async Task Contradictory_or_impossible_options_are_usage_errors(params string[] args)
    {
        using var cli = new CliHarness().WithConfig(Required);

        Assert.Equal(2, await cli.RunAsync(["promote", .. args]));
        Assert.StartsWith("error: ", cli.Error, StringComparison.Ordinal);
    }
}
