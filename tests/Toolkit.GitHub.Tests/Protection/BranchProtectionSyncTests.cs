using System.Text.Json.Nodes;
using Toolkit.GitHub.Protection;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Protection;

public sealed class BranchProtectionSyncTests : FakeGitHubTest
{
    private static ProtectionSyncRequest Gates(params string[] checks) => new("octo", "app", "main", checks);

    private static JsonObject FullProtection() => JsonNode.Parse("""
        {
          "required_status_checks": { "strict": true, "contexts": ["build", "policy-ci"], "checks": [ { "context": "build", "app_id": 15368 }, { "context": "policy-ci", "app_id": null } ] },
          "enforce_admins": true,
          "required_pull_request_reviews": {
            "dismissal_restrictions": { "users": ["lead"], "teams": ["core"], "apps": ["bot-app"] },
            "dismiss_stale_reviews": true, "require_code_owner_reviews": true, "required_approving_review_count": 2,
            "require_last_push_approval": true,
            "bypass_pull_request_allowances": { "users": ["release-bot"], "teams": [], "apps": [] }
          },
          "restrictions": { "users": ["octocat"], "teams": ["admins"], "apps": ["deployer"] },
          "required_linear_history": true, "allow_force_pushes": false, "allow_deletions": false, "block_creations": true,
          "required_conversation_resolution": true, "lock_branch": false, "allow_fork_syncing": true
        }
        """)!.AsObject();

    [Fact]
    public async Task Adds_the_missing_gate_checks_and_preserves_every_other_setting()
    {
        Server.State.Protection["main"] = FullProtection();

        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("policy-ci", "supply-chain"));

        Assert.Equal(ProtectionSyncOutcome.Applied, result.Outcome);
        Assert.Equal(["supply-chain"], result.Added);
        Assert.Empty(result.Removed);
        var put = JsonNode.Parse(Assert.Single(Server.Requests, r => r.Method == "PUT").Body!)!.AsObject();
        var expected = FullProtection();
        foreach (var (key, value) in expected.Where(p => p.Key != "required_status_checks"))
        {
            Assert.True(JsonNode.DeepEquals(value, put[key]), $"{key}: expected {value?.ToJsonString()}, sent {put[key]?.ToJsonString()}");
        }

        var checks = put["required_status_checks"]!;
        Assert.True((bool)checks["strict"]!);
        Assert.Equal(["build", "policy-ci", "supply-chain"], checks["contexts"]!.AsArray().Select(c => (string?)c));
        Assert.Equal(15368, (long)checks["checks"]![0]!["app_id"]!);
        Assert.False(checks["checks"]![2]!.AsObject().ContainsKey("app_id"));
    }

    [Fact]
    public async Task Writes_nothing_when_already_in_sync()
    {
        Server.State.Protection["main"] = FullProtection();

        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("policy-ci"));

        Assert.Equal(ProtectionSyncOutcome.AlreadyInSync, result.Outcome);
        Assert.Contains("already in sync", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Requests, r => r.IsMutating);
    }

    [Fact]
    public async Task Is_idempotent_across_two_runs()
    {
        Server.State.Protection["main"] = FullProtection();
        var sync = new BranchProtectionSync(Client);

        var first = await sync.SyncAsync(Gates("policy-ci", "slo-gates"));
        var second = await sync.SyncAsync(Gates("policy-ci", "slo-gates"));

        Assert.Equal((ProtectionSyncOutcome.Applied, ProtectionSyncOutcome.AlreadyInSync), (first.Outcome, second.Outcome));
        Assert.Single(Server.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Removes_a_gate_check_no_longer_listed_but_keeps_checks_of_other_tools()
    {
        Server.State.Protection["main"] = FullProtection();

        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("supply-chain"));

        Assert.Equal(["policy-ci"], result.Removed);
        Assert.Equal(["build", "supply-chain"], result.RequiredChecks);
    }

    [Fact]
    public async Task Removes_every_unlisted_check_when_asked()
    {
        Server.State.Protection["main"] = FullProtection();

        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("supply-chain") with { RemoveUnlisted = true });

        Assert.Equal(["build", "policy-ci"], result.Removed);
        Assert.Equal(["supply-chain"], result.RequiredChecks);
    }

    [Fact]
    public async Task A_dry_run_only_computes_the_difference()
    {
        Server.State.Protection["main"] = FullProtection();

        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("policy-ci", "supply-chain") with { DryRun = true });

        Assert.Equal(ProtectionSyncOutcome.WouldApply, result.Outcome);
        Assert.Equal(["supply-chain"], result.Added);
        Assert.DoesNotContain(Server.Requests, r => r.IsMutating);
    }

    [Fact]
    public async Task Protects_an_unprotected_branch_with_the_required_keys_set_to_null()
    {
        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("supply-chain"));

        Assert.Equal(ProtectionSyncOutcome.Applied, result.Outcome);
        var put = JsonNode.Parse(Server.Requests.Single(r => r.Method == "PUT").Body!)!.AsObject();
        Assert.Equal(
            """{"required_status_checks":{"strict":false,"contexts":["supply-chain"]},"enforce_admins":null,"required_pull_request_reviews":null,"restrictions":null}""",
            put.ToJsonString());
    }

    [Fact]
    public async Task Explains_the_missing_admin_permission()
    {
        Server.State.AdminDenied = true;

        var result = await new BranchProtectionSync(Client).SyncAsync(Gates("supply-chain"));

        Assert.Equal(ProtectionSyncOutcome.MissingPermission, result.Outcome);
        Assert.Equal("administration: write", result.MissingPermission);
        Assert.Contains("admin rights", result.Message, StringComparison.Ordinal);
        Assert.Contains("Must have admin rights to Repository.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_required_status_checks_endpoint()
    {
        Server.State.Protection["main"] = FullProtection();

        var checks = await Client.BranchProtection.GetRequiredStatusChecksAsync(Repo, "main");

        Assert.Equal(["build", "policy-ci"], checks!.Contexts);
        Assert.Equal(15368, checks.Checks![0].AppId);
    }
}
