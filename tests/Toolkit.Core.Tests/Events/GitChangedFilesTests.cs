using Toolkit.Core.Events;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Events;

public sealed class GitChangedFilesTests : IDisposable
{
    private readonly GitRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public async Task Lists_added_modified_deleted_and_renamed_files_between_two_commits()
    {
        repository.Write("README.md", "# Toolkit\n");
        repository.Write("src/Old.cs", string.Join('\n', Enumerable.Range(1, 40).Select(i => $"// line {i}")));
        repository.Write("docs/obsolete.md", "gone soon\n");
        var baseSha = repository.Commit("base").Head();

        repository.Write("README.md", "# Toolkit\n\nNow with gates.\n");
        repository.Write("src/New File.cs", "class NewFile {}\n");
        repository.Delete("docs/obsolete.md");
        repository.Git("mv", "src/Old.cs", "src/Renamed.cs");
        var headSha = repository.Commit("head").Head();

        var result = await GitChangedFiles.ListAsync(repository.Path, baseSha, headSha);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(
            [
                new ChangedFile(ChangedFileStatus.Modified, "README.md"),
                new ChangedFile(ChangedFileStatus.Deleted, "docs/obsolete.md"),
                new ChangedFile(ChangedFileStatus.Added, "src/New File.cs"),
                new ChangedFile(ChangedFileStatus.Renamed, "src/Renamed.cs", "src/Old.cs"),
            ],
            result.Files.OrderBy(f => f.Path, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lists_only_the_head_side_changes_since_the_merge_base()
    {
        repository.Write("a.txt", "a\n");
        var baseSha = repository.Commit("base").Head();
        repository.Git("checkout", "--quiet", "-b", "feature");
        repository.Write("feature.txt", "feature\n");
        var headSha = repository.Commit("feature work").Head();
        repository.Git("checkout", "--quiet", "main");
        repository.Write("main-only.txt", "main moved on\n");
        var mainSha = repository.Commit("main work").Head();

        var result = await GitChangedFiles.ListAsync(repository.Path, mainSha, headSha);

        Assert.NotEqual(baseSha, mainSha);
        Assert.Equal([new ChangedFile(ChangedFileStatus.Added, "feature.txt")], result.Files);
    }

    [Fact]
    public async Task An_unknown_base_commit_is_an_error_that_suggests_fetching_history()
    {
        repository.Write("a.txt", "a\n");
        var headSha = repository.Commit("only").Head();

        var result = await GitChangedFiles.ListAsync(repository.Path, "0123456789abcdef0123456789abcdef01234567", headSha);

        Assert.False(result.IsSuccess);
        Assert.Empty(result.Files);
        Assert.Contains("cannot diff 0123456789abcdef0123456789abcdef01234567...", result.Error, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_revision_that_git_would_read_as_an_option_and_writes_nothing()
    {
        repository.Write("a.txt", "a\n");
        repository.Commit("only");
        var target = Path.Combine(repository.Path, "x");

        var result = await GitChangedFiles.ListAsync(repository.Path, $"--output={target}", "HEAD");

        Assert.False(result.IsSuccess);
        Assert.Contains("which git would read as an option", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
