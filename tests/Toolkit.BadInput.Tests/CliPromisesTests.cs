namespace Toolkit.BadInput.Tests;

/// <summary>Option values the CLI must refuse up front, naming the option (exit 2), and the rule that validate and run agree.</summary>
public sealed class CliPromisesTests
{
    [Theory]
    [InlineData("--branch", "protect", "--branch", "", "--dry-run")]
    [InlineData("--keep", "performance", "--keep", "0")]
    [InlineData("--github-budget", "decide", "--github-budget", "-1")]
    [InlineData("--sha", "publish", "--from", ".", "--repository", "o/r", "--sha", "../../x?y", "--github-token", "t0k3n-value")]
    public async Task A_value_the_option_cannot_take_is_an_input_error_naming_it(string option, params string[] args)
    {
        using var gate = new GateProcess().WithFile(Verdicts.Path("policy-ci.verdict.json"), Verdicts.Json("policy-ci", "\"pass\""));
        if (args[0] == "publish")
        {
            gate.WithFile("policy-ci.verdict.json", Verdicts.Json("policy-ci", "\"pass\""));
        }

        var result = await gate.RunAsync(args);

        result.AssertInputError(option);
    }

    [Fact]
    public async Task Config_validate_rejects_what_run_rejects_and_both_exit_2_at_the_line()
    {
        using var gate = new GateProcess().WithFile(".github/gates.yml", "version: 1\ngates:\n  migration-gate:\n    tool: liquibase\n");

        var validate = await gate.RunAsync("config", "validate");
        var run = await gate.RunAsync("run");

        validate.AssertInputError(".github/gates.yml:4:");
        run.AssertInputError(".github/gates.yml:4:");
        Assert.DoesNotContain(gate.Files(), f => f.StartsWith("artifacts/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_working_directory_input_outside_the_workspace_is_an_error_annotation()
    {
        using var gate = new GateProcess()
            .WithEnvironment("GITHUB_ACTIONS", "true")
            .WithEnvironment("INPUT_WORKING-DIRECTORY", "../../../etc");
        gate.WithEnvironment("GITHUB_WORKSPACE", gate.Repo.Path);

        var result = await gate.RunAsync("action", "policy-ci");

        result.AssertInputError("::error");
        Assert.Contains("leaves the workspace", result.All, StringComparison.Ordinal);
    }
}
