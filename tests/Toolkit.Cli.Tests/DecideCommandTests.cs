using System.Text.Json;
using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;
using Toolkit.Testing;

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
    public async Task Nothing_required_and_nothing_run_is_an_input_error_that_says_nothing_was_checked()
    {
        using var cli = new CliHarness();

        var exit = await cli.RunAsync("decide");

        Assert.Equal(2, exit);
        Assert.Contains("nothing to decide", cli.Error, StringComparison.Ordinal);
        Assert.Contains("no gate was checked", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_decision_has_every_release_contract_field_and_without_evidence_it_is_not_signed_but_not_blocked()
    {
        using var cli = new CliHarness();
        WriteVerdict(cli, new GateVerdict("supply-chain", VerdictStatus.Pass, "ok"));
        WriteVerdict(cli, new GateVerdict("policy-ci", VerdictStatus.Warn, "1 warning"));

        var exit = await cli.RunAsync("decide", "--require", "supply-chain", "--require", "policy-ci", "--version", "v3.0.0");

        Assert.Equal(0, exit);
        var decision = Decision(cli);
        foreach (var field in new[] { "version", "gates", "headroom", "exceptions", "risk_open", "evidence_signed" })
        {
            Assert.True(decision.TryGetProperty(field, out _), $"no {field}");
        }

        Assert.False(decision.TryGetProperty("drill_recent", out _));
        Assert.False(decision.GetProperty("evidence_signed").GetBoolean());
        var risk = Assert.Single(decision.GetProperty("risk_open").EnumerateArray());
        Assert.Equal("policy-ci", risk.GetProperty("gate").GetString());
        Assert.Equal("warn", risk.GetProperty("verdict").GetString());
        Assert.Contains("evidence: not signed", cli.Out, StringComparison.Ordinal);
        Assert.Contains("risk open: policy-ci is warn", cli.Out, StringComparison.Ordinal);
        Assert.Contains("**Evidence:** not signed", File.ReadAllText(cli.OutputFile("decision.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verified_evidence_pack_makes_the_decision_signed()
    {
        var (released, publicKey) = await ReleasedAsync();
        using var cli = released;

        var exit = await cli.RunAsync("decide", "--require", "slo-gates", "--version", "v3.0.0", "--evidence", "artifacts/release/v3.0.0/evidence.zip", "--key", publicKey);

        Assert.Equal(0, exit);
        Assert.True(Decision(cli).GetProperty("evidence_signed").GetBoolean());
        Assert.Empty(Decision(cli).GetProperty("problems").EnumerateArray());
        Assert.Contains("evidence: signed (evidence.zip: release v3.0.0", cli.Out, StringComparison.Ordinal);
        Assert.Contains("**Evidence:** ✅ signed pack verified", File.ReadAllText(cli.OutputFile("decision.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_evidence_pack_that_does_not_verify_is_a_no_go_saying_why()
    {
        using var cli = (await ReleasedAsync()).Cli;
        var otherKey = cli.Repo.Write("keys/other.pub", Keys.P256().PublicPem);

        var exit = await cli.RunAsync("decide", "--require", "slo-gates", "--evidence", "artifacts/release/v3.0.0/evidence.zip", "--key", otherKey);

        Assert.Equal(1, exit);
        var decision = Decision(cli);
        Assert.False(decision.GetProperty("evidence_signed").GetBoolean());
        Assert.Equal("no-go", decision.GetProperty("decision").GetString());
        Assert.Contains("manifest.dsse.json: the signature does not verify", decision.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("NO-GO (problems with the inputs)", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_evidence_pack_is_a_no_go()
    {
        var (released, publicKey) = await ReleasedAsync();
        using var cli = released;

        var exit = await cli.RunAsync("decide", "--require", "slo-gates", "--evidence", "artifacts/release/v9/evidence.zip", "--key", publicKey);

        Assert.Equal(1, exit);
        Assert.Contains("evidence evidence.zip:", Decision(cli).GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verdict_changed_after_packing_or_a_pack_of_another_release_is_a_no_go()
    {
        var (released, publicKey) = await ReleasedAsync();
        using var cli = released;
        WriteVerdict(cli, new GateVerdict("policy-ci", VerdictStatus.Pass, "all good now"));

        var exit = await cli.RunAsync("decide", "--require", "slo-gates", "--version", "v3.0.1", "--evidence", "artifacts/release/v3.0.0/evidence.zip", "--key", publicKey);

        Assert.Equal(1, exit);
        var problems = Decision(cli).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains(problems, p => p!.Contains("pack of release v3.0.0, not of v3.0.1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p!.Contains("policy-ci.verdict.json differs from the signed verdicts/policy-ci.json", StringComparison.Ordinal));
        Assert.True(Decision(cli).GetProperty("evidence_signed").GetBoolean());
    }

    [Fact]
    public async Task Evidence_without_a_key_is_a_usage_error()
    {
        using var cli = (await ReleasedAsync()).Cli;

        Assert.Equal(2, await cli.RunAsync("decide", "--evidence", "artifacts/release/v3.0.0/evidence.zip"));
        Assert.Contains("--evidence and --key go together", cli.Error, StringComparison.Ordinal);
        Assert.Equal(2, await cli.RunAsync("decide", "--evidence", "artifacts/release/v3.0.0/evidence.zip", "--key", "keys/none.pub"));
    }

    /// <summary>A gate run's output, packed and signed as release v3.0.0.</summary>
    private static async Task<(CliHarness Cli, string PublicKey)> ReleasedAsync()
    {
        var cli = new CliHarness();
        SampleGateOutput.Write(cli.Repo.Combine("artifacts", "gates"));
        var (privatePem, publicPem) = Keys.P256();
        var privateKey = cli.Repo.Write("keys/release.pem", privatePem);
        var publicKey = cli.Repo.Write("keys/release.pub", publicPem);
        Assert.Equal(0, await cli.RunAsync("evidence", "pack", "--version", "v3.0.0", "--key", privateKey));
        return (cli, publicKey);
    }
}
