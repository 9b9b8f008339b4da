using Toolkit.Evidence;
using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests;

public sealed class CommitRangeResolverTests
{
    private static string Head(GitRepository repo, string revision = "HEAD") => repo.Git("rev-parse", revision).Trim();

    [Fact]
    public void The_range_runs_from_the_previous_tag_to_HEAD()
    {
        // Given a repository with a release tag and commits after it
        using var repo = new GitRepository();
        repo.Write("a.txt", "1").Commit("first");
        repo.Write("a.txt", "2").Commit("second");
        repo.Git("tag", "v2.9.0");
        repo.Write("a.txt", "3").Commit("third");
        repo.Write("a.txt", "4").Commit("fourth");

        var (range, error) = CommitRangeResolver.Resolve(null, null, repo.Path, repo.Path);

        Assert.Null(error);
        Assert.Equal(new CommitRange(Head(repo, "v2.9.0"), Head(repo)), range);
    }

    [Fact]
    public void GITHUB_SHA_is_the_end_of_the_range_and_the_tag_on_it_is_not_its_own_start()
    {
        // Given the release commit itself tagged v3.0.0, after v2.9.0
        using var repo = new GitRepository();
        repo.Write("a.txt", "1").Commit("first");
        repo.Git("tag", "v2.9.0");
        repo.Write("a.txt", "2").Commit("second");
        repo.Git("tag", "v3.0.0");
        var release = Head(repo);
        repo.Write("a.txt", "3").Commit("later");

        var (range, _) = CommitRangeResolver.Resolve(null, release, repo.Path, repo.Path);

        Assert.Equal(new CommitRange(Head(repo, "v2.9.0"), release), range);
    }

    [Fact]
    public void An_explicit_range_is_resolved_to_commit_shas()
    {
        using var repo = new GitRepository();
        repo.Write("a.txt", "1").Commit("first");
        repo.Git("tag", "v1");
        repo.Write("a.txt", "2").Commit("second");

        Assert.Equal(new CommitRange(Head(repo, "v1"), Head(repo)), CommitRangeResolver.Resolve("v1..HEAD", null, repo.Path, repo.Path).Range);
        Assert.Equal(new CommitRange(null, Head(repo)), CommitRangeResolver.Resolve("..HEAD", null, repo.Path, repo.Path).Range);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("a...b")]
    [InlineData("a..")]
    [InlineData("no-such-tag..HEAD")]
    public void A_range_that_is_not_one_is_an_error(string range)
    {
        using var repo = new GitRepository();
        repo.Write("a.txt", "1").Commit("first");

        var (resolved, error) = CommitRangeResolver.Resolve(range, null, repo.Path, repo.Path);

        Assert.Null(resolved);
        Assert.NotNull(error);
    }

    [Fact]
    public void Outside_git_the_verdicts_provenance_gives_the_range()
    {
        // Given verdicts that agree on the commit and the base, and no git repository
        using var output = new TempDirectory();
        foreach (var gate in new[] { "policy-ci", "supply-chain" })
        {
            output.Write(VerdictJson.FileName(gate), VerdictJson.Serialize(new GateVerdict(gate, VerdictStatus.Pass, "ok")
            {
                Provenance = new Provenance("0.1.0", null, SampleGateOutput.Commit, SampleGateOutput.Base, "stage", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch),
            }));
        }

        var (range, _) = CommitRangeResolver.Resolve(null, null, output.Path, output.Path);

        Assert.Equal(new CommitRange(SampleGateOutput.Base, SampleGateOutput.Commit), range);
    }

    [Fact]
    public void Nothing_to_go_on_is_an_error()
    {
        using var empty = new TempDirectory();

        var (range, error) = CommitRangeResolver.Resolve(null, null, empty.Path, empty.Path);

        Assert.Null(range);
        Assert.Contains("--commit-range", error, StringComparison.Ordinal);
    }
}
