using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>Bad inputs: an <c>::error::</c> that names the input and the action, exit 2, and no verdict.</summary>
public sealed class ActionInputTests : ActionJob
{
    [Theory]
    [InlineData("policy-ci", "fail-on", "maybe", "'fail' 'warn'")]
    [InlineData("policy-ci", "packs", "kubernetes, helm", "'helm'")]
    [InlineData("performance-gate", "record", "yes", "must be true or false, not 'yes'")]
    [InlineData("performance-gate", "keep", "ten", "'ten'")]
    [InlineData("migration-gate", "database", "postgres", "'auto' 'none'")]
    [InlineData("supply-chain", "sbom-formats", "cyclonedx,xml", "'xml'")]
    [InlineData("decide", "require", "policy", "'policy'")]
    [InlineData("protect", "dry-run", "maybe", "must be true or false")]
    [InlineData("slo-gates", "working-directory", "no/such/dir", "names no directory in the workspace")]
    public async Task A_bad_input_is_an_error_annotation_naming_the_input_and_exit_2(string action, string input, string value, string detail)
    {
        using var workspace = new TempDirectory();
        using var job = PullRequestJob();
        var step = new ActionStep(action, job, workspace.Path);

        var exit = await step.RunAsync(new Dictionary<string, string> { [input] = value });

        Assert.Equal(2, exit);
        var annotation = Assert.Single(step.Out.Split('\n'), l => l.StartsWith("::error", StringComparison.Ordinal));
        Assert.StartsWith($"::error title=Invalid input '{input}'::Input '{input}' of the {action} action ", annotation, StringComparison.Ordinal);
        Assert.Contains(detail, annotation, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", step.Printed, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Combine("artifacts")));
        Assert.Empty(Server.History);
    }

    [Fact]
    public async Task Every_bad_input_is_reported_at_once()
    {
        using var workspace = new TempDirectory();
        using var job = PullRequestJob();
        var step = new ActionStep("performance-gate", job, workspace.Path);

        var exit = await step.RunAsync(new Dictionary<string, string> { ["fail-on"] = "maybe", ["record"] = "yes" });

        Assert.Equal(2, exit);
        Assert.Contains("::error title=Invalid input 'fail-on'", step.Out, StringComparison.Ordinal);
        Assert.Contains("::error title=Invalid input 'record'", step.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unwritable_output_directory_is_one_clear_error_about_the_container_user_not_an_exception()
    {
        // Given an out input under a file (unwritable whoever runs the test), in the toolkit's image
        using var workspace = new TempDirectory();
        workspace.Write("README.md", "# app\n");
        using var job = PullRequestJob();
        var step = new ActionStep("policy-ci", job, workspace.Path);
        step.ImageEnvironment[OutputDirectory.ContainerVariable] = "true";

        var exit = await step.RunAsync(new Dictionary<string, string> { ["out"] = "README.md/gates", ["publish"] = "none" });

        Assert.Equal(2, exit);
        Assert.Contains("error: cannot write reports to", step.Error, StringComparison.Ordinal);
        Assert.Contains("uid 1001", step.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", step.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inputs_reach_the_command_as_whole_tokens_with_the_token_masked_in_the_log()
    {
        // Given values with spaces and a glob, which shell-splitting would break
        using var workspace = new TempDirectory();
        workspace.Write("deploy/my app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n");
        workspace.Write(".github/CODEOWNERS", "* @octo/maintainers\n");
        using var job = PullRequestJob();
        var step = new ActionStep("policy-ci", job, workspace.Path);

        var exit = await step.RunAsync(new Dictionary<string, string> { ["paths"] = "deploy/my app.yaml", ["publish"] = "none", ["fail-on"] = "warn" });

        Assert.True(exit == 0, step.Printed);
        Assert.Contains("--fail-on warn --publish none --github-token *** -- 'deploy/my app.yaml'", step.Error, StringComparison.Ordinal);
        Assert.Contains("1 files checked", step.Outputs["summary"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_url_is_masked_like_the_token()
    {
        using var workspace = new TempDirectory();
        using var job = PullRequestJob();
        var step = new ActionStep("migration-gate", job, workspace.Path);
        const string url = "Host=127.0.0.1;Username=ci;Password=pw-Secret-771;Database=scratch";

        await step.RunAsync(new Dictionary<string, string> { ["database-url"] = url, ["publish"] = "none" });

        Assert.Contains($"::add-mask::{url}", step.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-Secret-771", step.Printed, StringComparison.Ordinal);
        Assert.Contains("--database-url ***", step.Error, StringComparison.Ordinal);
    }
}
