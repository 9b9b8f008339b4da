using Toolkit.Core.Processes;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Processes;

public sealed class GitTests
{
    [Theory]
    [InlineData("--output=/tmp/x")]
    [InlineData("-p")]
    [InlineData("")]
    [InlineData("main\n--output=x")]
    public void Refuses_values_git_would_read_as_options_or_that_are_not_revisions(string value)
    {
        Assert.NotNull(Git.RevisionProblem(value));
    }

    [Fact]
    public void Resolves_a_branch_to_its_commit_and_refuses_an_option_without_running_it()
    {
        using var repository = new GitRepository().Write("a.txt", "a\n").Commit("first");
        var head = repository.Git("rev-parse", "HEAD").Trim();
        var target = Path.Combine(repository.Path, "x");

        var branch = Git.ResolveCommit(repository.Path, "main");
        var option = Git.ResolveCommit(repository.Path, $"--output={target}");
        var unknown = Git.ResolveCommit(repository.Path, "no-such-branch");

        Assert.Equal(head, branch.Sha);
        Assert.Null(option.Sha);
        Assert.Contains("which git would read as an option", option.Problem, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Null(unknown.Sha);
        Assert.Contains("does not know a commit 'no-such-branch'", unknown.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_missing_folder_as_a_result_not_an_exception()
    {
        var result = Git.Run("/no/such/folder", ["status"]);

        Assert.Equal(-1, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }
}
