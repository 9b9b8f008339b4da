using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Runtime;

public sealed class GateRunnerTests : IDisposable
{
    private readonly TempDirectory repo = new();

    public void Dispose() => repo.Dispose();

    private RunOptions Options() => new(repo.Path, repo.Combine("out"))
    {
        Host = RunEnvironment.From(new Dictionary<string, string>()),
        Formats = ["json"],
    };

    private static async Task<GateVerdict> RunAsync(ScriptedGate gate, RunOptions options, GatesConfig? config = null) =>
        (await new GateRunner().RunAsync(gate, config ?? GatesConfig.Default, options, CancellationToken.None)).Verdict;

    [Fact]
    public async Task Findings_come_out_errors_first_then_by_place()
    {
        var gate = new ScriptedGate(GateIds.Policy, _ => new GateOutcome("3 findings")
        {
            Findings =
            [
                new Finding("w", Severity.Warning, "w", new SourceLocation("a.yml", 1)),
                new Finding("e", Severity.Error, "e2", new SourceLocation("b.yml", 9)),
                new Finding("e", Severity.Error, "e1", new SourceLocation("b.yml", 2)),
            ],
        });

        var verdict = await RunAsync(gate, Options());

        Assert.Equal(["e1", "e2", "w"], verdict.Findings.Select(f => f.Message));
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
    }

    [Fact]
    public async Task A_failed_threshold_fails_the_gate()
    {
        var gate = new ScriptedGate(GateIds.Slo, _ => new GateOutcome("p95 too slow")
        {
            Metrics = new Dictionary<string, double> { ["p95_ms"] = 180 },
            Thresholds = [new ThresholdResult("p95_ms", "p95_ms<=150", 180, Passed: false)],
        });

        var verdict = await RunAsync(gate, Options());

        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        Assert.Equal("slo", verdict.Key);
    }

    [Fact]
    public async Task Metrics_that_are_not_numbers_are_left_out_rather_than_breaking_the_verdict_file()
    {
        var gate = new ScriptedGate(GateIds.Slo, _ => new GateOutcome("ok")
        {
            Metrics = new Dictionary<string, double> { ["nan"] = double.NaN, ["inf"] = double.PositiveInfinity, ["ok"] = 1 },
        });

        var verdict = await RunAsync(gate, Options());

        Assert.Equal(["ok"], verdict.Metrics.Keys);
    }

    [Fact]
    public async Task The_gate_gets_its_own_evidence_directory_and_its_config_section()
    {
        var config = new GatesConfigLoader([GateIds.Policy]).LoadText("gates.yml", "gates:\n  policy-ci:\n    paths: [deploy]\n").Value!;
        var gate = new ScriptedGate(GateIds.Policy, _ => new GateOutcome("ok"));

        await RunAsync(gate, Options(), config);

        Assert.Equal(repo.Combine("out", "policy-ci"), gate.LastContext!.EvidenceDirectory);
        Assert.True(Directory.Exists(gate.LastContext.EvidenceDirectory));
        Assert.Equal(["deploy"], gate.LastContext.Section!.Reader().StringList("paths"));
    }

    [Fact]
    public async Task The_summary_says_what_waivers_did()
    {
        var config = new GatesConfigLoader([GateIds.Policy]).LoadText("gates.yml", """
            waivers:
              - { gate: policy-ci, rule: r1, reason: ok, owner: me, expires: 2099-01-01 }
              - { gate: policy-ci, rule: r2, reason: ok, owner: me, expires: 2099-01-01 }
            """).Value!;
        var gate = new ScriptedGate(GateIds.Policy, _ => new GateOutcome("1 finding") { Findings = [new Finding("r1", Severity.Error, "x")] });

        var verdict = await RunAsync(gate, Options(), config);

        Assert.Equal(VerdictStatus.Warn, verdict.Verdict);
        Assert.Equal("1 finding; 1 waived; 1 unused waiver", verdict.Summary);
    }

    [Fact]
    public async Task Cancellation_is_an_error_not_a_pass()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var gate = new ScriptedGate(GateIds.Policy, _ => throw new OperationCanceledException(cancelled.Token));

        var run = await new GateRunner().RunAsync(gate, GatesConfig.Default, Options(), cancelled.Token);

        Assert.Equal(VerdictStatus.Error, run.Verdict.Verdict);
    }
}
