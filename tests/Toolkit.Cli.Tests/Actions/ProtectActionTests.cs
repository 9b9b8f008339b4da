using System.Text.Json.Nodes;
using Toolkit.Testing;
using Toolkit.Testing.GitHub;

namespace Toolkit.Cli.Tests.Actions;

public sealed class ProtectActionTests : ActionJob
{
    private static TempDirectory RequiringTwoGates()
    {
        var workspace = new TempDirectory();
        workspace.Write(".github/gates.yml", "version: 1\nsettings:\n  required: [supply-chain, policy-ci]\ngates:\n  policy-ci: {}\n  supply-chain: {}\n");
        return workspace;
    }

    private void ProtectMainWith(params string[] contexts) =>
        Server.State.Protection["main"] = new JsonObject
        {
            ["required_status_checks"] = new JsonObject
            {
                ["strict"] = true,
                ["contexts"] = new JsonArray(contexts.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
                ["checks"] = new JsonArray(contexts.Select(c => (JsonNode)new JsonObject { ["context"] = c, ["app_id"] = null }).ToArray()),
            },
            ["enforce_admins"] = true,
        };

    private ActionsEnvironment PushJob() => ActionsEnvironment.ForEvent(Server, Repo, "push.none.0.json", JobToken);

    [Fact]
    public async Task Dry_run_reports_the_difference_in_outputs_and_the_job_summary_and_changes_nothing()
    {
        using var workspace = RequiringTwoGates();
        using var job = PushJob();
        ProtectMainWith("build", "policy-ci");
        var step = new ActionStep("protect", job, workspace.Path);

        var exit = await step.RunAsync(new Dictionary<string, string> { ["dry-run"] = "true" });

        Assert.True(exit == 0, step.Printed);
        Assert.Equal("would-apply", step.Outputs["outcome"]);
        Assert.Equal("warn", step.Outputs["verdict"]);
        Assert.Equal("artifacts/gates/protection.json", step.Outputs["verdict-file"]);
        var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(workspace.Combine("artifacts", "gates", "protection.json"))).RootElement;
        Assert.Equal("would-apply", report.GetProperty("outcome").GetString());
        Assert.Equal("supply-chain", Assert.Single(report.GetProperty("added").EnumerateArray()).GetString());
        Assert.Equal("build,policy-ci,supply-chain", step.Outputs["required-checks"]);
        Assert.Contains("| `supply-chain` | added |", step.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.History, r => r.Method == "PUT");
        ActionAssert.TokenNeverAppears(step, workspace.Path);
    }

    [Fact]
    public async Task Applying_writes_the_required_checks_and_a_second_run_is_in_sync()
    {
        using var workspace = RequiringTwoGates();
        using var job = PushJob();
        ProtectMainWith("build", "policy-ci");

        var first = new ActionStep("protect", job, workspace.Path);
        Assert.Equal(0, await first.RunAsync());
        Assert.Equal("applied", first.Outputs["outcome"]);
        Assert.Equal("pass", first.Outputs["verdict"]);
        var contexts = Server.State.Protection["main"]["required_status_checks"]!["contexts"]!.AsArray().Select(c => (string?)c);
        Assert.Equal(["build", "policy-ci", "supply-chain"], contexts.Order(StringComparer.Ordinal));

        var second = new ActionStep("protect", job, workspace.Path);
        Assert.Equal(0, await second.RunAsync());
        Assert.Equal("in-sync", second.Outputs["outcome"]);
    }

    [Fact]
    public async Task A_token_without_administration_rights_fails_the_step_and_says_which_permission()
    {
        using var workspace = RequiringTwoGates();
        using var job = PushJob();
        Server.State.AdminDenied = true;
        var step = new ActionStep("protect", job, workspace.Path);

        var exit = await step.RunAsync();

        Assert.Equal(1, exit);
        Assert.Equal("missing-permission", step.Outputs["outcome"]);
        Assert.Equal("fail", step.Outputs["verdict"]);
        Assert.Contains("administration: write", step.Outputs["summary"], StringComparison.Ordinal);
    }
}
