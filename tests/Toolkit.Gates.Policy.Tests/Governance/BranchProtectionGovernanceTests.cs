using System.Text.Json.Nodes;
using Toolkit.Core.Runtime;
using Toolkit.GitHub;
using Toolkit.Testing;
using Toolkit.Testing.GitHub;
using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.Gates.Policy.Tests.Governance;

/// <summary>The opt-in check that branch protection requires the gates gates.yml requires, against a fake GitHub.</summary>
public sealed class BranchProtectionGovernanceTests : IAsyncLifetime
{
    private const string Rule = "policy/governance/branch-protection-gates";
    private static readonly GitHubRepository Repo = new("octo", "app");
    private readonly FakeGitHubServer server = new();
    private readonly TempDirectory repo = new();
    private readonly List<ActionsEnvironment> jobs = [];

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        repo.Write(".github/CODEOWNERS", "* @octo/team\n");
        repo.Write(".github/gates.yml", "settings:\n  required: [supply-chain, policy-ci]\ngates:\n  policy-ci:\n    packs: [governance]\n    conventional_title: false\n    branch_protection: true\n    protected_branch: main\n");
    }

    public async Task DisposeAsync()
    {
        ContractAssert.ServerRequestsMatch(server);
        await server.DisposeAsync();
        repo.Dispose();
        jobs.ForEach(j => j.Dispose());
    }

    private RunEnvironment Job()
    {
        var job = ActionsEnvironment.ForEvent(server, Repo, "push.none.0.json");
        jobs.Add(job);
        return RunEnvironment.From(job.Variables);
    }

    private void Protect(params string[] contexts) =>
        server.State.Protection["main"] = new JsonObject
        {
            ["required_status_checks"] = new JsonObject
            {
                ["strict"] = true,
                ["contexts"] = new JsonArray(contexts.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
            },
            ["enforce_admins"] = false,
        };

    [Fact]
    public async Task A_required_gate_that_branch_protection_does_not_require_is_a_finding()
    {
        Protect("build", "policy-ci");

        var outcome = await PolicyRun.GateAsync(repo.Path, environment: Job());

        var finding = Assert.Single(outcome.Findings, f => f.RuleId == Rule);
        Assert.Contains("'supply-chain'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protection_that_requires_every_gate_passes()
    {
        Protect("policy-ci", "supply-chain");

        var outcome = await PolicyRun.GateAsync(repo.Path, environment: Job());

        Assert.DoesNotContain(outcome.Findings, f => f.RuleId == Rule);
        Assert.False(outcome.IsError);
    }

    [Fact]
    public async Task An_unprotected_branch_misses_every_required_gate()
    {
        var outcome = await PolicyRun.GateAsync(repo.Path, environment: Job());

        Assert.Equal(2, outcome.Findings.Count(f => f.RuleId == Rule));
    }

    [Fact]
    public async Task A_token_that_cannot_read_protection_skips_the_check_instead_of_failing()
    {
        server.State.AdminDenied = true;

        var outcome = await PolicyRun.GateAsync(repo.Path, environment: Job());

        Assert.DoesNotContain(outcome.Findings, f => f.RuleId == Rule);
        Assert.False(outcome.IsError);
    }
}
