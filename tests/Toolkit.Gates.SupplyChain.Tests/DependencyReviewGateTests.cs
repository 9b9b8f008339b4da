using System.Text.Json;
using System.Text.Json.Nodes;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Rules;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using Toolkit.GitHub;
using Toolkit.GitHub.DependencyGraph;
using Toolkit.Testing.GitHub;
using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.Gates.SupplyChain.Tests;

/// <summary>
/// GitHub's dependency review (<c>GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}</c>) against a fake
/// that answers in the documented shape, every request checked against GitHub's published description.
/// </summary>
public sealed class DependencyReviewGateTests : IAsyncLifetime
{
    private const string BaseSha = "1111111111111111111111111111111111111111";
    private const string HeadSha = "2222222222222222222222222222222222222222";
    private readonly FakeGitHubServer server = new();
    private readonly SupplyChainSampleRepository repository = new();

    public Task InitializeAsync() => server.InitializeAsync();

    public async Task DisposeAsync()
    {
        ContractAssert.ServerRequestsMatch(server);
        repository.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Advisories_github_reports_on_added_packages_fail_the_change_at_the_lockfile_line()
    {
        // Given a pull request adding Acme.Json 2.0.0 and a workflow action, no OSV source, and the review required
        repository.AddVulnerablePackage();
        repository.Config(string.Empty, database: "dependency_review: true");
        server.State.DependencyDiffs[$"{BaseSha}...{HeadSha}"] = Diff(
            Change("added", "src/Api/packages.lock.json", "nuget", "Acme.Json", "2.0.0", "pkg:nuget/Acme.Json@2.0.0", "runtime", ("GHSA-aaaa-bbbb-cccc", "critical")),
            Change("added", ".github/workflows/ci.yml", "actions", "tj-actions/changed-files", "44.0.0", "pkg:githubactions/tj-actions/changed-files@44.0.0", "runtime", ("GHSA-mrrh-fwg8-r2c3", "high")),
            Change("removed", "src/Api/packages.lock.json", "nuget", "Old.Package", "1.0.0", "pkg:nuget/Old.Package@1.0.0", "runtime"));

        // When the gate runs on the pull request (outside a job, so the OSV API is not the default either)
        var verdict = await RunAsync(Review(), inActions: false);

        // Then both advisories fail it: the NuGet one on its lockfile line, the action's on its workflow file
        Assert.True(verdict.Verdict == VerdictStatus.Fail, verdict.Summary);
        var nuget = verdict.Findings.Single(f => f.RuleId == "GHSA-aaaa-bbbb-cccc");
        Assert.Equal(Severity.Error, nuget.Severity);
        Assert.Equal("src/Api/packages.lock.json", nuget.Location!.Path);
        Assert.True(nuget.Location.Line > 1);
        Assert.Contains("reported by the GitHub dependency review", nuget.Message, StringComparison.Ordinal);
        var action = verdict.Findings.Single(f => f.RuleId == "GHSA-mrrh-fwg8-r2c3");
        Assert.Equal(".github/workflows/ci.yml", action.Location!.Path);
        Assert.Equal("pkg:githubactions/tj-actions/changed-files@44.0.0", action.Properties!["purl"]);
        Assert.Equal(1, verdict.Metrics["new_critical"]);
        Assert.Equal(1, verdict.Metrics["new_high"]);

        // And it says what the review could not check: packages the change did not add
        var notChecked = verdict.Findings.Single(f => f.RuleId == SupplyChainRules.VulnerabilitiesNotChecked.Id);
        Assert.StartsWith("Vulnerabilities of packages the change did not add were not checked", notChecked.Message, StringComparison.Ordinal);
        Assert.Contains($"GitHub dependency review of {BaseSha}...{HeadSha}: 2 added and 1 removed dependencies, 2 advisory match(es)", repository.Evidence("supply-chain-report.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_advisory_osv_already_reported_on_the_same_package_is_reported_once()
    {
        // Given the offline OSV database and GitHub both knowing the critical advisory on Acme.Json
        repository.AddVulnerablePackage();
        server.State.DependencyDiffs[$"{BaseSha}...{HeadSha}"] = Diff(
            Change("added", "src/Api/packages.lock.json", "nuget", "Acme.Json", "2.0.0", "pkg:nuget/Acme.Json@2.0.0", "runtime", (SupplyChainSampleRepository.CriticalAdvisory, "critical")));

        // When the gate runs
        var verdict = await RunAsync(Review(), inActions: true);

        // Then there is one finding, OSV's (with its fixed version), and no "not checked" warning
        var finding = Assert.Single(verdict.Findings, f => f.RuleId == SupplyChainSampleRepository.CriticalAdvisory);
        Assert.Contains("fixed in 2.0.1", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(verdict.Findings, f => f.RuleId == SupplyChainRules.VulnerabilitiesNotChecked.Id);
    }

    [Fact]
    public async Task Auto_mode_notes_a_repository_whose_dependency_graph_is_off_and_goes_on_with_osv()
    {
        // Given no diff on the fake (GitHub answers 404: dependency graph off)
        var verdict = await RunAsync(Review(), inActions: true);

        // Then the gate passes on OSV and the report says why the review was not read
        Assert.Equal(VerdictStatus.Pass, verdict.Verdict);
        Assert.Contains("GitHub dependency review not read: GitHub answered 404", repository.Evidence("supply-chain-report.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_required_review_github_refuses_is_an_error_saying_how_to_enable_it()
    {
        repository.Config(string.Empty, database: "dependency_review: true\n    osv_database: osv");

        var verdict = await RunAsync(Review(), inActions: false);

        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("Enable the dependency graph", verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_github_api_is_an_error_never_a_pass()
    {
        // Given GitHub answering 500 to every attempt
        server.Inject(Fault.ServerError(), Fault.ServerError(), Fault.ServerError());

        // When the gate runs in a job (auto mode)
        var verdict = await RunAsync(Review(attempts: 2), inActions: true);

        // Then it fails closed, naming the source and the way out
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("GitHub's dependency review of octo/app", verdict.Summary, StringComparison.Ordinal);
        Assert.Contains("dependency_review: false", verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Required_without_a_token_is_an_error()
    {
        repository.Config(string.Empty, database: "dependency_review: true\n    osv_database: osv");

        var verdict = await RunAsync(review: null, inActions: false);

        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("set GITHUB_TOKEN (with contents: read)", verdict.Summary, StringComparison.Ordinal);
    }

    private static JsonArray Diff(params JsonObject[] changes) => [.. changes];

    private static JsonObject Change(string type, string manifest, string ecosystem, string name, string version, string purl, string scope, params (string Id, string Severity)[] advisories) => new()
    {
        ["change_type"] = type,
        ["manifest"] = manifest,
        ["ecosystem"] = ecosystem,
        ["name"] = name,
        ["version"] = version,
        ["package_url"] = purl,
        ["license"] = "MIT",
        ["source_repository_url"] = null,
        ["scope"] = scope,
        ["vulnerabilities"] = new JsonArray([.. advisories.Select(a => (JsonNode)new JsonObject
        {
            ["severity"] = a.Severity,
            ["advisory_ghsa_id"] = a.Id,
            ["advisory_summary"] = $"{name} advisory",
            ["advisory_url"] = $"https://github.com/advisories/{a.Id}",
        })]),
    };

    private GitHubDependencyReview Review(int attempts = 20)
    {
        var eventPath = repository.Repo.Directory.Combine("event.json");
        File.WriteAllText(eventPath, JsonSerializer.Serialize(new
        {
            number = 7,
            pull_request = new { number = 7, title = "Add Acme.Json", @base = new { sha = BaseSha, @ref = "main" }, head = new { sha = HeadSha, @ref = "topic" } },
        }));
        var environment = RunEnvironment.From(new Dictionary<string, string>(StringComparer.Ordinal) { ["GITHUB_EVENT_NAME"] = "pull_request", ["GITHUB_EVENT_PATH"] = eventPath });
        var options = new GitHubClientOptions { BaseUrl = server.BaseUrl, Token = FakeGitHubServer.Token, TimeProvider = new InstantTimeProvider(), MaxRetryAttempts = attempts };
        return GitHubDependencyReview.Create(options, GitHubRepository.Parse("octo/app"), environment);
    }

    private async Task<GateVerdict> RunAsync(GitHubDependencyReview? review, bool inActions)
    {
        var loaded = new GatesConfigLoader(GateIds.All).LoadFile(repository.Repo.Path, null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        var options = new RunOptions(repository.Repo.Path, repository.Repo.Directory.Combine("artifacts", "gates")) { BaseRef = "HEAD", Formats = ["json", "markdown"] };
        var gate = new SupplyChainGate(new SupplyChainOverrides { InGitHubActions = inActions }, dependencyReview: review);
        return (await new GateRunner().RunAsync(gate, loaded.Value!, options, CancellationToken.None)).Verdict;
    }
}
