using Toolkit.Gates.Performance.Baselines;
using Toolkit.Testing;

namespace Toolkit.Gates.Performance.Tests.Baselines;

public sealed class GitBranchStoreTests
{
    private static HistoryEntry Entry(string commit, int day, double value) =>
        new(commit, new DateTimeOffset(2026, 11, day, 12, 0, 0, TimeSpan.Zero), new Dictionary<string, RecordedValue> { ["B"] = new("ns", "smaller", value, [value, value + 1]) });

    private static GitRepository Repository() => new GitRepository().Write("src/app.cs", "class App;\n").Commit("initial");

    [Fact]
    public void Two_recorded_runs_are_two_commits_on_the_branch_and_loading_finds_the_base_commits_entry()
    {
        using var repo = Repository();
        var store = new GitBranchStore(repo.Path, "perf-history");

        store.Record(Entry("aaaa1111bbbb2222", 1, 10), keep: 50);
        store.Record(Entry("cccc3333dddd4444", 2, 20), keep: 50);
        var entries = store.Load(out var error, out var warning);

        Assert.Null(error);
        Assert.Null(warning);
        Assert.Equal(["aaaa1111bbbb2222", "cccc3333dddd4444"], entries.Select(e => e.Commit));
        Assert.Equal(10, BaselineStore.For(entries, "aaaa111")!.Values["B"].Value);
        Assert.Equal([10.0, 11.0], BaselineStore.For(entries, "aaaa111")!.Values["B"].Samples);
        Assert.Equal(
            ["perf: record cccc3333dddd4444", "perf: record aaaa1111bbbb2222"],
            repo.Git("log", "--format=%s", "perf-history").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Recording_prunes_the_folder_on_the_branch_to_the_newest_entries()
    {
        using var repo = Repository();
        var store = GitBranchStore.Parse(repo.Path, "branch:perf-history:bench/history")!;

        for (var day = 1; day <= 5; day++)
        {
            store.Record(Entry($"c0mm1t{day}aaaaaaaaaaaa", day, day * 10), keep: 3);
        }

        var files = repo.Git("ls-tree", "-r", "--name-only", "perf-history").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, files.Length);
        Assert.All(files, f => Assert.StartsWith("bench/history/", f, StringComparison.Ordinal));
        Assert.Equal(["c0mm1t3aaaaaaaaaaaa", "c0mm1t4aaaaaaaaaaaa", "c0mm1t5aaaaaaaaaaaa"], store.Load(out _, out _).Select(e => e.Commit));
        Assert.Equal("5", repo.Git("rev-list", "--count", "perf-history").Trim());
    }

    [Fact]
    public void Recording_leaves_the_working_tree_the_index_and_HEAD_as_they_were()
    {
        using var repo = Repository();
        var head = repo.Git("rev-parse", "HEAD");

        new GitBranchStore(repo.Path, "perf-history").Record(Entry("aaaa1111bbbb2222", 1, 10), keep: 50);

        Assert.Equal(string.Empty, repo.Git("status", "--porcelain"));
        Assert.Equal(head, repo.Git("rev-parse", "HEAD"));
        Assert.Equal("refs/heads/main", repo.Git("symbolic-ref", "HEAD").Trim());
        Assert.Equal("src/app.cs", repo.Git("ls-files").Trim());
        Assert.False(File.Exists(Path.Combine(repo.Path, HistoryFiles.FileName(Entry("aaaa1111bbbb2222", 1, 10)))));
    }

    [Fact]
    public void A_branch_that_does_not_exist_yet_is_an_empty_history_with_a_warning()
    {
        using var repo = Repository();

        var entries = new GitBranchStore(repo.Path, "perf-history").Load(out var error, out var warning);

        Assert.Empty(entries);
        Assert.Null(error);
        Assert.Contains("perf-history does not exist", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_local_branch_the_history_is_read_from_origin_and_the_next_record_continues_it()
    {
        using var repo = Repository();
        var store = new GitBranchStore(repo.Path, "perf-history");
        store.Record(Entry("aaaa1111bbbb2222", 1, 10), keep: 50);
        repo.Git("update-ref", "refs/remotes/origin/perf-history", "refs/heads/perf-history");
        repo.Git("branch", "-D", "perf-history");

        Assert.Equal(["aaaa1111bbbb2222"], store.Load(out _, out _).Select(e => e.Commit));
        store.Record(Entry("cccc3333dddd4444", 2, 20), keep: 50);

        Assert.Equal(["aaaa1111bbbb2222", "cccc3333dddd4444"], store.Load(out _, out _).Select(e => e.Commit));
        Assert.Equal(repo.Git("rev-parse", "origin/perf-history"), repo.Git("rev-parse", "perf-history^"));
    }

    [Fact]
    public void A_file_on_the_branch_that_is_not_an_entry_is_reported_by_branch_and_path()
    {
        using var repo = Repository();
        repo.Branch("perf-history").Write("junk.json", "{\"commit\": 5").Commit("junk");
        repo.Git("checkout", "-q", "main");

        new GitBranchStore(repo.Path, "perf-history").Load(out var error, out _);

        Assert.Contains("perf-history:junk.json", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("branch:perf-history", "perf-history", "")]
    [InlineData("branch:perf/history:bench/runs/", "perf/history", "bench/runs")]
    public void A_branch_spec_names_the_branch_and_the_folder_inside_it(string spec, string branch, string folder)
    {
        var store = GitBranchStore.Parse("/repo", spec)!;

        Assert.Equal(branch, store.Branch);
        Assert.Equal(folder, store.Folder);
    }

    [Theory]
    [InlineData("perf/history")]
    [InlineData("branch:")]
    [InlineData(null)]
    public void A_value_that_names_no_branch_is_not_a_branch_store(string? value) =>
        Assert.Null(GitBranchStore.Parse("/repo", value));
}
