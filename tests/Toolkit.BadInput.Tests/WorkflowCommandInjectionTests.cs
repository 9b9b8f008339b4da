namespace Toolkit.BadInput.Tests;

/// <summary>
/// Under GitHub Actions the runner obeys any output line that starts with <c>::</c> (after blanks) and any <c>##[</c>.
/// Every field that came from input is fed a newline and a command; no printed line may become one.
/// </summary>
public sealed class WorkflowCommandInjectionTests
{
    private static readonly string[] Injections = ["\n::stop-commands::x", "\n::add-mask::policy-ci", "\r\n  ::notice::x", "\n##[add-mask]x"];

    [Fact]
    public async Task Verdict_summaries_gate_lines_and_problems_printed_by_decide_start_no_command()
    {
        var summary = string.Concat(Injections);
        using var gate = new GateProcess()
            .WithEnvironment("GITHUB_ACTIONS", "true")
            .WithFile(Verdicts.Path("policy-ci.verdict.json"), Verdicts.Json("policy-ci", "\"fail\"", "broken" + summary))
            .WithFile(Verdicts.Path("bad" + "x.verdict.json"), "{\"gate\":\"policy-ci" + summary.Replace("\n", "\\n").Replace("\r", "\\r") + "\"}");

        var result = await gate.RunAsync("decide", "--require", "policy-ci");

        result.AssertNotPass();
        AssertNoInjectedCommand(result);
        Assert.Contains("stop-commands::x", result.All, StringComparison.Ordinal); // printed, but defused
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--env")]
    [InlineData("--out")]
    public async Task Echoed_option_values_and_file_names_start_no_command(string option)
    {
        using var gate = new GateProcess().WithEnvironment("GITHUB_ACTIONS", "true");

        var result = await gate.RunAsync("policy", option, "x" + string.Concat(Injections));

        result.AssertNoCrash();
        AssertNoInjectedCommand(result);
    }

    [Fact]
    public async Task An_unknown_argument_echoed_in_the_usage_error_starts_no_command()
    {
        using var gate = new GateProcess().WithEnvironment("GITHUB_ACTIONS", "true");

        var result = await gate.RunAsync("decide", "--nope" + string.Concat(Injections));

        result.AssertInputError("--nope");
        AssertNoInjectedCommand(result);
    }

    [Fact]
    public async Task Manifest_names_in_policy_findings_start_no_command()
    {
        using var gate = new GateProcess()
            .WithEnvironment("GITHUB_ACTIONS", "true")
            .WithFile("deploy/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: \"web\\n::stop-commands::x\\n::add-mask::policy-ci\"\nspec:\n  template:\n    spec:\n      containers:\n        - name: \"c\\n::notice::x\"\n          image: nginx:latest\n");

        var result = await gate.RunAsync("policy", "deploy");

        result.AssertNoCrash();
        AssertNoInjectedCommand(result);
    }

    private static void AssertNoInjectedCommand(GateResult result)
    {
        foreach (var line in result.All.Split('\n', '\r'))
        {
            var start = line.TrimStart();
            Assert.False(start.StartsWith("::stop-commands", StringComparison.Ordinal), $"injected command line: {line}");
            Assert.False(start.StartsWith("::add-mask::policy-ci", StringComparison.Ordinal), $"injected command line: {line}");
            Assert.False(start.StartsWith("::notice::x", StringComparison.Ordinal), $"injected command line: {line}");
            Assert.DoesNotContain("##[", line, StringComparison.Ordinal);
        }
    }
}
