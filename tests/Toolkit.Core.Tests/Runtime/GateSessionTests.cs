using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Runtime;

public sealed class GateSessionTests
{
    private static ScriptedGate Failing(string name) =>
        new(name, _ => new GateOutcome("1 error") { Findings = [new Finding("r", Severity.Error, "broke", new SourceLocation("a.yml", 1))] });

    private static ScriptedGate Warning(string name) =>
        new(name, _ => new GateOutcome("1 warning") { Findings = [new Finding("r", Severity.Warning, "look", new SourceLocation("a.yml", 1))] });

    [Fact]
    public void Load_returns_every_problem_without_throwing()
    {
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "gatez: {}\nsettings:\n  fail_onn: warn\n");

        var loaded = GateSession.Load(repo.Path);

        Assert.False(loaded.IsValid);
        Assert.Equal(2, loaded.Diagnostics.Count);
        Assert.All(loaded.Diagnostics, d => Assert.Equal(".github/gates.yml", d.File));
    }

    [Fact]
    public void Open_throws_the_same_problems_as_one_readable_message()
    {
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "gatez: {}\n");

        var failure = Assert.Throws<GatesConfigException>(() => GateSession.Open(repo.Path));

        Assert.Contains(".github/gates.yml:1:1: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'gates'?", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_gates_yml_the_session_uses_defaults_and_the_default_output()
    {
        using var repo = new TempDirectory();

        var session = GateSession.Open(repo.Path);

        Assert.True(session.Config.IsDefault);
        Assert.Equal(Path.Combine(repo.Path, "artifacts", "gates"), session.Options.OutputDirectory);
        Assert.Equal(VerdictStatus.Fail, session.FailOn);
    }

    [Fact]
    public async Task Runs_write_the_same_reports_as_the_cli_and_block_by_fail_on()
    {
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "settings:\n  fail_on: warn\ngates:\n  policy-ci: {}\n");
        var session = GateSession.Open(repo.Path, outputDirectory: "out");

        var run = await session.RunAsync(Warning(GateIds.Policy));

        Assert.Equal(VerdictStatus.Warn, run.Verdict.Verdict);
        Assert.True(session.Blocks(run));
        Assert.Equal(1, session.ExitCode([run]));
        Assert.Contains(Path.Combine(repo.Path, "out", "policy-ci.verdict.json"), run.Files);
        Assert.False(session.With(o => o with { FailOn = VerdictStatus.Fail }).Blocks(run));
    }

    [Fact]
    public async Task Only_enabled_gates_run_and_the_decision_requires_them()
    {
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "gates:\n  policy-ci: {}\n  supply-chain:\n    enabled: false\n");
        var session = GateSession.Open(repo.Path);
        var supply = Failing(GateIds.SupplyChain);

        var runs = await session.RunEnabledAsync([Warning(GateIds.Policy), supply]);

        Assert.Equal(GateIds.Policy, Assert.Single(runs).Verdict.Gate);
        Assert.Null(supply.LastContext);
        var decision = session.Decide(runs.Select(r => r.Verdict));
        Assert.True(decision.Go);
        Assert.Equal("warn", decision.Gates["policy"]);
        Assert.False(session.Decide([]).Go);
    }
}
