using System.Text.Json.Nodes;
using Toolkit.Cli.Tests.Fakes;
using Toolkit.Core.Gates;
using Toolkit.GitHub;
using Toolkit.Testing.GitHub;
using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.Cli.Tests.Publishing;

public sealed class ProtectCommandTests : IAsyncLifetime
{
    private static readonly GitHubRepository Repo = new("octo", "app");
    private readonly FakeGitHubServer server = new();

    public Task InitializeAsync() => server.InitializeAsync();

    public async Task DisposeAsync()
    {
        ContractAssert.ServerRequestsMatch(server);
        await server.DisposeAsync();
    }

    private CliHarness Cli(ActionsEnvironment job) =>
        new CliHarness(
                new ScriptedGateCommand(GateIds.Policy, _ => new GateOutcome("ok")),
                new ScriptedGateCommand(GateIds.SupplyChain, _ => new GateOutcome("ok")))
            .WithConfig("settings:\n  required: [supply-chain, policy-ci]\ngates:\n  policy-ci: {}\n  supply-chain: {}\n")
            .WithEnvironment(job.Variables);

    private void ProtectMainWith(params string[] contexts) =>
        server.State.Protection["main"] = new JsonObject
        {
            ["required_status_checks"] = new JsonObject
            {
                ["strict"] = true,
                ["contexts"] = new JsonArray(contexts.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
                ["checks"] = new JsonArray(contexts.Select(c => (JsonNode)new JsonObject { ["context"] = c, ["app_id"] = null }).ToArray()),
            },
            ["enforce_admins"] = true,
            ["required_pull_request_reviews"] = new JsonObject { ["required_approving_review_count"] = 2, ["dismiss_stale_reviews"] = true },
        };

    [Fact]
    public async Task Dry_run_prints_the_difference_and_changes_nothing()
    {
        using var job = ActionsEnvironment.ForEvent(server, Repo, "push.none.0.json");
        using var cli = Cli(job);
        ProtectMainWith("build", "policy-ci");

        var exit = await cli.RunAsync("protect", "--branch", "main", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("+ supply-chain", cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(server.History, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Apply_keeps_other_settings_and_a_second_run_changes_nothing()
    {
        using var job = ActionsEnvironment.ForEvent(server, Repo, "push.none.0.json");
        using var cli = Cli(job);
        ProtectMainWith("build", "policy-ci");

        Assert.Equal(0, await cli.RunAsync("protect", "--branch", "main"));
        var protection = server.State.Protection["main"];
        var contexts = protection["required_status_checks"]!["contexts"]!.AsArray().Select(c => (string?)c).ToList();
        Assert.Equal(["build", "policy-ci", "supply-chain"], contexts.Order(StringComparer.Ordinal));
        Assert.Equal(2, (int?)protection["required_pull_request_reviews"]!["required_approving_review_count"]);

        server.ClearRequests();
        Assert.Equal(0, await cli.RunAsync("protect", "--branch", "main"));
        Assert.DoesNotContain(server.Requests, r => r.Method == "PUT");
        Assert.Contains("in sync", cli.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_admin_rights_it_says_which_permission_is_missing()
    {
        using var job = ActionsEnvironment.ForEvent(server, Repo, "push.none.0.json");
        using var cli = Cli(job);
        server.State.AdminDenied = true;

        var exit = await cli.RunAsync("protect", "--branch", "main");

        Assert.Equal(1, exit);
        Assert.Contains("administration: write", cli.Out + cli.Error, StringComparison.Ordinal);
    }
}
