using System.Text.Json;
using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;

namespace Toolkit.Cli.Tests;

public sealed class DecideCommandTests
{
    private static void WriteVerdict(CliHarness cli, GateVerdict verdict) =>
        cli.Repo.Write($"artifacts/gates/{verdict.Gate}.verdict.json", VerdictJson.Serialize(verdict));

    private static JsonElement Decision(CliHarness cli) =>
        JsonDocument.Parse(File.ReadAllText(cli.OutputFile("decision.json"))).RootElement;

    [Fact]
    public async Task Every_required_gate_passing_is_a_go_in_the_release_contract_shape()
    {
        using var cli = new CliHarness().WithConfig("settings:\n  required: [supply-chain, policy-ci]\n");
        WriteVerdict(cli, new GateVerdict("supply-chain", VerdictStatus.Pass, "12 components"));
        WriteVerdict(cli, new GateVerdict("policy-ci", VerdictStatus.Warn, "1 warning"));
        WriteVerdict(cli, new GateVerdict("performance-gate", VerdictStatus.Pass, "fast")
        {
            Metrics = new Dictionary<string, double> { ["headroom.web"] = 0.31, ["headroom.api"] = 0.27 },
        });

        var exit = await cli.RunAsync("decide", "--version", "v3.0.0");

        Assert.Equal(0, exit);
        var decision = Decision(cli);
        Assert.Equal("go", decision.GetProperty("decision").GetString());
        Assert.Equal("v3.0.0", decision.GetProperty("version").GetString());
        Assert.Equal("pass", decision.GetProperty("gates").GetProperty("supply_chain").GetString());
        Assert.Equal("warn", decision.GetProperty("gates").GetProperty("policy").GetString());
        Assert.Equal(0.31, decision.GetProperty("headroom").GetProperty("web").GetDouble());
        Assert.Contains("Decision: GO", cli.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(cli.OutputFile("decision.md")));
    }

    [Fact]
    public async Task A_required_gate_without_a_verdict_is_a_no_go()
    {
        using var cli = new CliHarness().WithConfig("settings:\n  required: [supply-chain, migration-gate]\n");
        WriteVerdict(cli, new GateVerdict("supply-chain", VerdictStatus.Pass, "ok"));

        var exit = await cli.RunAsync("decide");

        Assert.Equal(1, exit);
        Assert.Equal("missing", Decision(cli).GetProperty("gates").GetProperty("migrations").GetString());
        Assert.Contains("NO-GO (blocked by migration-gate)", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_required_gate_that_could_not_evaluate_is_a_no_go_even_when_fail_open()
    {
        using var cli = new CliHarness();
        WriteVerdict(cli, new GateVerdict("slo-gates", VerdictStatus.Error, "Prometheus unreachable") { FailOpen = true });

        var exit = await cli.RunAsync("decide", "--require", "slo-gates");

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task A_failing_gate_that_is_not_required_does_not_block()
    {
        using var cli = new CliHarness();
        WriteVerdict(cli, new GateVerdict("supply-chain", VerdictStatus.Pass, "ok"));
        WriteVerdict(cli, new GateVerdict("policy-ci", VerdictStatus.Fail, "2 errors"));

        var exit = await cli.RunAsync("decide", "--require", "supply-chain");

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task An_unreadable_verdict_file_fails_closed()
    {
        using var cli = new CliHarness();
        WriteVerdict(cli, new GateVerdict("supply-chain", VerdictStatus.Pass, "ok"));
        cli.Repo.Write("artifacts/gates/policy-ci.verdict.json", "{ not json");

        var exit = await cli.RunAsync("decide", "--require", "supply-chain");

        Assert.Equal(1, exit);
        Assert.Contains("policy-ci.verdict.json", Decision(cli).GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waivers_in_force_are_listed_as_exceptions()
    {
        using var cli = new CliHarness();
        var waiver = new Waiver("supply-chain", "GHSA-1234", "**", "not reachable", "@sec", new DateOnly(2099, 1, 1), new SourceLocation(".github/gates.yml", 3));
        WriteVerdict(cli, new GateVerdict("supply-chain", VerdictStatus.Pass, "ok")
        {
            Waived = [new WaivedFinding(new Finding("GHSA-1234", Severity.Error, "critical in lib"), waiver)],
        });

        await cli.RunAsync("decide", "--require", "supply-chain");

        var exception = Decision(cli).GetProperty("exceptions")[0];
        Assert.Equal("GHSA-1234", exception.GetProperty("rule").GetString());
        Assert.Equal("2099-01-01", exception.GetProperty("expires").GetString());
    }

    [Fact]
    public async Task Nothing_required_and_nothing_run_is_said_plainly()
    {
        using var cli = new CliHarness();

        var exit = await cli.RunAsync("decide");

        Assert.Equal(0, exit);
        Assert.Contains("Nothing to decide", cli.Out, StringComparison.Ordinal);
    }
}
