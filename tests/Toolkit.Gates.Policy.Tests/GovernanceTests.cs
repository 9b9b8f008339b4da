using System.Diagnostics;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy.Governance;
using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests;

public sealed class GovernanceTests
{
    private static readonly PolicyOptions GovernanceOnly = new() { Packs = ["governance"] };

    [Fact]
    public void The_last_matching_codeowners_line_wins_and_an_ownerless_line_unassigns()
    {
        // Given CODEOWNERS with a catch-all, a folder owner and an ownerless override
        var owners = CodeOwners.Parse("* @acme/all\n/deploy/ @acme/ops # ops owns deploy\ndeploy/generated/\n");

        // Then each path gets the owners of its last matching line
        Assert.Equal(["@acme/all"], owners.OwnersOf("src/app.cs"));
        Assert.Equal(["@acme/ops"], owners.OwnersOf("deploy/web.yaml"));
        Assert.Empty(owners.OwnersOf("deploy/generated/x.yaml"));
    }

    [Fact]
    public async Task Invalid_codeowners_lines_are_reported_at_their_line_and_column()
    {
        // Given CODEOWNERS with a negation and a bad owner
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/CODEOWNERS", "* @acme/all\n!docs/ @acme/docs\nsrc/ acme-team\n");

        // When governance runs
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, GovernanceOnly);

        // Then both lines are findings at file:line:column
        Assert.Equal([".github/CODEOWNERS:2:1", ".github/CODEOWNERS:3:6"], outcome.Findings.Select(f => f.Location!.ToString()).Order());
        Assert.All(outcome.Findings, f => Assert.Equal("policy/governance/codeowners-invalid", f.RuleId));
    }

    [Fact]
    public async Task A_repository_without_codeowners_fails()
    {
        // Given no CODEOWNERS anywhere
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("README.md", "hello");

        // When governance runs
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, GovernanceOnly);

        // Then it reports the missing file
        Assert.Equal("policy/governance/codeowners-missing", Assert.Single(outcome.Findings).RuleId);
    }

    [Fact]
    public async Task In_a_pull_request_uncovered_changed_files_and_a_bad_title_are_findings()
    {
        // Given a git repository whose PR adds an owned and an unowned file, and a PR event with a free-text title
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/CODEOWNERS", "/deploy/ @acme/ops\n");
        RepositoryFilesTests.Git(repo.Root, "init", "-q", "-b", "main");
        RepositoryFilesTests.Git(repo.Root, "add", ".");
        RepositoryFilesTests.Git(repo.Root, "commit", "-q", "-m", "base");
        var baseSha = Head(repo.Root);
        repo.Write("deploy/web.yaml", "a: 1");
        repo.Write("src/app.cs", "class A {}");
        RepositoryFilesTests.Git(repo.Root, "add", ".");
        RepositoryFilesTests.Git(repo.Root, "commit", "-q", "-m", "change");
        var headSha = Head(repo.Root);
        var eventPath = repo.Write("event.json", $$"""
            {"number": 7, "pull_request": {"number": 7, "title": "Updated some stuff",
              "base": {"sha": "{{baseSha}}", "ref": "main"}, "head": {"sha": "{{headSha}}", "ref": "topic"} } }
            """);
        var environment = RunEnvironment.From(new Dictionary<string, string> { ["GITHUB_EVENT_NAME"] = "pull_request", ["GITHUB_EVENT_PATH"] = eventPath });

        // When governance runs in that PR
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, GovernanceOnly, environment);

        // Then the unowned file and the title are findings; the owned file is not
        Assert.False(outcome.IsError, outcome.Findings.Describe());
        var uncovered = Assert.Single(outcome.Findings, f => f.RuleId == "policy/governance/codeowners-uncovered");
        Assert.Equal("src/app.cs", uncovered.Location!.Path);
        var title = Assert.Single(outcome.Findings, f => f.RuleId == "policy/governance/conventional-title");
        Assert.Contains("'Updated some stuff'", title.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pull_request_whose_base_commit_is_missing_fails_closed()
    {
        // Given a PR event naming a base commit the clone does not have (a shallow checkout)
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/CODEOWNERS", "* @acme/all\n");
        RepositoryFilesTests.Git(repo.Root, "init", "-q");
        RepositoryFilesTests.Git(repo.Root, "add", ".");
        RepositoryFilesTests.Git(repo.Root, "commit", "-q", "-m", "only");
        var eventPath = repo.Write("event.json", $$"""{"pull_request": {"number": 1, "title": "feat: x", "base": {"sha": "{{new string('a', 40)}}"}, "head": {"sha": "{{Head(repo.Root)}}"} } }""");
        var environment = RunEnvironment.From(new Dictionary<string, string> { ["GITHUB_EVENT_NAME"] = "pull_request", ["GITHUB_EVENT_PATH"] = eventPath });

        // When governance runs
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, GovernanceOnly, environment);

        // Then the gate cannot evaluate and says how to fix the checkout
        Assert.True(outcome.IsError);
        Assert.Contains("fetch-depth: 0", outcome.Findings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feat(policy): add CODEOWNERS coverage", true)]
    [InlineData("fix!: drop the old flag", true)]
    [InlineData("Feat: capitalised type", false)]
    [InlineData("feat:missing space", false)]
    [InlineData("wip: not a type", false)]
    public void Pull_request_titles_are_checked_against_conventional_commits(string title, bool valid) =>
        Assert.Equal(valid, ConventionalTitle.Problem(title, new PolicyOptions().ConventionalTypes) is null);

    private static string Head(string root)
    {
        var start = new ProcessStartInfo("git", "rev-parse HEAD") { WorkingDirectory = root, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var sha = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return sha;
    }
}
