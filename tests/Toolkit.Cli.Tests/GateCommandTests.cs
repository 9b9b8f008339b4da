using System.Text.Json;
using Toolkit.Cli.Tests.Fakes;
using Toolkit.Core.Gates;
using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;

namespace Toolkit.Cli.Tests;

public sealed class GateCommandTests
{
    private static ScriptedGateCommand Gate(string name, params Finding[] findings) =>
        new(name, _ => new GateOutcome($"{findings.Length} findings") { Findings = findings, Metrics = new Dictionary<string, double> { ["checked"] = 3 } });

    private static Finding Error(string rule = "rule-a", string path = "src/a.yml", int line = 4) =>
        new(rule, Severity.Error, $"{rule} broke", new SourceLocation(path, line, 2));

    private static Finding Warning(string rule = "rule-w") =>
        new(rule, Severity.Warning, "worth a look", new SourceLocation("src/b.yml", 9));

    private static GateVerdict ReadVerdict(CliHarness cli, string gate) =>
        VerdictJson.Parse(File.ReadAllText(cli.OutputFile($"{gate}.verdict.json"))).Verdict!;

    [Fact]
    public async Task Run_without_any_gate_says_so_and_passes()
    {
        using var cli = new CliHarness();

        var exit = await cli.RunAsync("run");

        Assert.Equal(0, exit);
        Assert.Contains("No gates to run", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_with_no_configured_gate_names_the_gates_that_could_be_configured()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy)).WithConfig("settings:\n  environment: dev\n");

        var exit = await cli.RunAsync("run");

        Assert.Equal(0, exit);
        Assert.Contains("policy-ci", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passing_gate_exits_0_and_writes_its_verdict()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy)).WithConfig("gates:\n  policy-ci: {}\n");

        var exit = await cli.RunAsync("run");

        Assert.Equal(0, exit);
        var verdict = ReadVerdict(cli, GateIds.Policy);
        Assert.Equal(VerdictStatus.Pass, verdict.Verdict);
        Assert.Equal(3, verdict.Metrics["checked"]);
        Assert.Contains("policy-ci", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_gate_exits_1()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy, Error())).WithConfig("gates:\n  policy-ci: {}\n");

        var exit = await cli.RunAsync("run");

        Assert.Equal(1, exit);
        Assert.Equal(VerdictStatus.Fail, ReadVerdict(cli, GateIds.Policy).Verdict);
    }

    [Fact]
    public async Task A_warning_passes_unless_fail_on_warn_is_asked_for()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy, Warning())).WithConfig("gates:\n  policy-ci: {}\n");

        Assert.Equal(0, await cli.RunAsync("run"));
        Assert.Equal(1, await cli.RunAsync("run", "--fail-on", "warn"));
    }

    [Fact]
    public async Task Fail_on_warn_can_be_set_in_the_configuration()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy, Warning())).WithConfig("settings:\n  fail_on: warn\ngates:\n  policy-ci: {}\n");

        Assert.Equal(1, await cli.RunAsync("run"));
    }

    [Fact]
    public async Task A_gate_that_could_not_evaluate_fails_unless_it_is_explicitly_fail_open()
    {
        var broken = new ScriptedGateCommand(GateIds.Policy, _ => GateOutcome.CouldNotEvaluate("manifests/app.yaml:3: cannot parse; fix the indentation", new SourceLocation("manifests/app.yaml", 3)));
        using var strict = new CliHarness(broken).WithConfig("gates:\n  policy-ci: {}\n");
        using var lenient = new CliHarness(broken).WithConfig("settings:\n  fail_open: [policy-ci]\ngates:\n  policy-ci: {}\n");

        Assert.Equal(1, await strict.RunAsync("run"));
        Assert.Equal(VerdictStatus.Error, ReadVerdict(strict, GateIds.Policy).Verdict);
        Assert.Equal(0, await lenient.RunAsync("run"));
        Assert.True(ReadVerdict(lenient, GateIds.Policy).FailOpen);
    }

    [Fact]
    public async Task A_gate_that_crashes_reports_error_and_fails_without_a_stack_trace_in_the_verdict()
    {
        var crashing = new ScriptedGateCommand(GateIds.Policy, _ => throw new InvalidOperationException("boom"));
        using var cli = new CliHarness(crashing).WithConfig("gates:\n  policy-ci: {}\n");

        var exit = await cli.RunAsync("run");

        Assert.Equal(1, exit);
        var verdict = ReadVerdict(cli, GateIds.Policy);
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("internal error (InvalidOperationException: boom)", verdict.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_configuration_exits_2_with_file_line_column_and_a_suggestion()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy)).WithConfig("settings:\n  enviroment: stage\ngates:\n  policy-ci: {}\n");

        var exit = await cli.RunAsync("run");

        Assert.Equal(2, exit);
        Assert.Contains(".github/gates.yml:2:3: error: unknown key 'enviroment'. Did you mean 'environment'?", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.OutputFile("policy-ci.verdict.json")));
    }

    [Fact]
    public async Task Yaml_that_does_not_parse_exits_2_with_its_position()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy)).WithConfig("gates:\n  policy-ci: {\n");

        var exit = await cli.RunAsync("run");

        Assert.Equal(2, exit);
        Assert.Matches(@"\.github/gates\.yml:\d+:\d+: error: is not valid YAML", cli.Error);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        using var cli = new CliHarness();

        var exit = await cli.RunAsync("run", "--frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("--frobnicate", cli.Error, StringComparison.Ordinal);
        Assert.Contains("gate run --help", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_waiver_in_the_configuration_turns_a_failure_into_a_pass_and_keeps_it_visible()
    {
        const string yaml = """
            waivers:
              - gate: policy-ci
                rule: rule-a
                path: src/**
                reason: accepted until the rewrite
                owner: "@platform"
                expires: 2099-12-31
            gates:
              policy-ci: {}
            """;
        using var cli = new CliHarness(Gate(GateIds.Policy, Error())).WithConfig(yaml);

        var exit = await cli.RunAsync("run");

        Assert.Equal(0, exit);
        var verdict = ReadVerdict(cli, GateIds.Policy);
        Assert.Empty(verdict.Findings);
        Assert.Equal("accepted until the rewrite", Assert.Single(verdict.Waived).Waiver.Reason);
    }

    [Fact]
    public async Task An_expired_waiver_fails_the_gate_and_points_at_the_waiver()
    {
        const string yaml = """
            waivers:
              - gate: policy-ci
                rule: rule-a
                reason: was fine for a while
                owner: "@platform"
                expires: 2020-01-31
            gates:
              policy-ci: {}
            """;
        using var cli = new CliHarness(Gate(GateIds.Policy, Error())).WithConfig(yaml);

        var exit = await cli.RunAsync("run");

        Assert.Equal(1, exit);
        var expired = Assert.Single(ReadVerdict(cli, GateIds.Policy).Findings, f => f.RuleId == "toolkit/waiver-expired");
        Assert.Equal((".github/gates.yml", 2), (expired.Location!.Path, expired.Location.Line));
    }

    [Fact]
    public async Task The_environment_option_overrides_the_configured_environment()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy)).WithConfig("settings:\n  environment: dev\ngates:\n  policy-ci: {}\n");

        await cli.RunAsync("run", "--env", "stage");

        Assert.Equal("stage", ReadVerdict(cli, GateIds.Policy).Environment);
    }

    [Fact]
    public async Task A_gate_command_runs_that_gate_even_when_the_configuration_does_not_enable_it()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy, Error()));

        var exit = await cli.RunAsync("policy-ci", "--out", "custom/out");

        Assert.Equal(1, exit);
        Assert.True(File.Exists(cli.Repo.Combine("custom", "out", "policy-ci.verdict.json")));
    }

    [Fact]
    public async Task The_verdict_records_where_it_came_from()
    {
        using var cli = new CliHarness(Gate(GateIds.Policy))
            .WithConfig("gates:\n  policy-ci: {}\n")
            .WithEnvironment("GITHUB_REPOSITORY", "acme/shop")
            .WithEnvironment("GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567")
            .WithEnvironment("GITHUB_RUN_ID", "42");

        await cli.RunAsync("run");

        var provenance = ReadVerdict(cli, GateIds.Policy).Provenance!;
        Assert.Equal("acme/shop", provenance.Repository);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", provenance.CommitSha);
        Assert.Equal("https://github.com/acme/shop/actions/runs/42", provenance.RunUrl);
        Assert.True(provenance.FinishedAt >= provenance.StartedAt);
    }

    [Fact]
    public async Task The_verdict_file_uses_the_documented_wire_names()
    {
        using var cli = new CliHarness(Gate(GateIds.SupplyChain, Error())).WithConfig("gates:\n  supply-chain: {}\n");

        await cli.RunAsync("run");

        using var json = JsonDocument.Parse(File.ReadAllText(cli.OutputFile("supply-chain.verdict.json")));
        var root = json.RootElement;
        Assert.Equal("supply-chain", root.GetProperty("gate").GetString());
        Assert.Equal("supply_chain", root.GetProperty("key").GetString());
        Assert.Equal("fail", root.GetProperty("verdict").GetString());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("rule-a", finding.GetProperty("rule_id").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(4, finding.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(32, finding.GetProperty("fingerprint").GetString()!.Length);
    }
}
