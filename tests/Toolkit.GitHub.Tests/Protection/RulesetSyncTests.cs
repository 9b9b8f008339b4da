using System.Text.Json.Nodes;
using Toolkit.GitHub.Protection;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Protection;

public sealed class RulesetSyncTests : FakeGitHubTest
{
    private static ProtectionSyncRequest Gates(params string[] checks) => new("octo", "app", "main", checks) { RulesetName = "toolkit gates" };

    private void SeedRuleset() => Server.State.Rulesets.Add(JsonNode.Parse("""
        {
          "id": 77, "name": "toolkit gates", "target": "branch", "enforcement": "active", "source_type": "Repository", "source": "octo/app",
          "bypass_actors": [ { "actor_id": 5, "actor_type": "RepositoryRole", "bypass_mode": "always" } ],
          "conditions": { "ref_name": { "include": ["~DEFAULT_BRANCH"], "exclude": [] } },
          "rules": [
            { "type": "deletion" },
            { "type": "required_status_checks", "parameters": { "strict_required_status_checks_policy": true,
              "required_status_checks": [ { "context": "build", "integration_id": 15368 } ] } }
          ]
        }
        """)!.AsObject());

    [Fact]
    public async Task Creates_the_ruleset_for_the_branch_when_missing()
    {
        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("supply-chain", "policy-ci"));

        Assert.Equal(ProtectionSyncOutcome.Applied, result.Outcome);
        var ruleset = Assert.Single(Server.State.Rulesets);
        Assert.Equal("toolkit gates", (string?)ruleset["name"]);
        Assert.Equal("branch", (string?)ruleset["target"]);
        Assert.Equal("active", (string?)ruleset["enforcement"]);
        Assert.Equal("refs/heads/main", (string?)ruleset["conditions"]!["ref_name"]!["include"]![0]);
        var rule = ruleset["rules"]![0]!;
        Assert.Equal("required_status_checks", (string?)rule["type"]);
        Assert.Equal(["supply-chain", "policy-ci"], rule["parameters"]!["required_status_checks"]!.AsArray().Select(c => (string?)c!["context"]));
        Assert.False((bool)rule["parameters"]!["strict_required_status_checks_policy"]!);
    }

    [Fact]
    public async Task Updates_the_required_checks_rule_and_keeps_the_rest_of_the_ruleset()
    {
        SeedRuleset();

        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("supply-chain"));

        Assert.Equal(["supply-chain"], result.Added);
        var put = JsonNode.Parse(Server.Requests.Single(r => r.Method == "PUT").Body!)!;
        Assert.Equal("/repos/octo/app/rulesets/77", Server.Requests.Single(r => r.Method == "PUT").Path);
        Assert.Equal("deletion", (string?)put["rules"]![0]!["type"]);
        Assert.Equal("~DEFAULT_BRANCH", (string?)put["conditions"]!["ref_name"]!["include"]![0]);
        Assert.Equal(5, (int)put["bypass_actors"]![0]!["actor_id"]!);
        var parameters = put["rules"]![1]!["parameters"]!;
        Assert.True((bool)parameters["strict_required_status_checks_policy"]!);
        Assert.Equal(
            """[{"context":"build","integration_id":15368},{"context":"supply-chain"}]""",
            parameters["required_status_checks"]!.ToJsonString());
    }

    [Fact]
    public async Task Leaves_an_up_to_date_ruleset_alone()
    {
        SeedRuleset();

        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("build"));

        Assert.Equal(ProtectionSyncOutcome.AlreadyInSync, result.Outcome);
        Assert.DoesNotContain(Server.Requests, r => r.IsMutating);
        Assert.Contains("/repos/octo/app/rulesets?includes_parents=false&per_page=100", Server.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task Explains_the_missing_permission_for_rulesets_too()
    {
        Server.State.AdminDenied = true;

        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("supply-chain"));

        Assert.Equal(ProtectionSyncOutcome.MissingPermission, result.Outcome);
        Assert.Contains("administration: write", result.Message, StringComparison.Ordinal);
    }
}
