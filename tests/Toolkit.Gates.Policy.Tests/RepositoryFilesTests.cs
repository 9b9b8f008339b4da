using System.Diagnostics;
using Toolkit.Gates.Policy.Files;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests;

public sealed class RepositoryFilesTests
{
    [Theory]
    [InlineData("build/", "build/out.yml", true)]
    [InlineData("build/", "src/build.yml", false)]
    [InlineData("*.log", "a/b/c.log", true)]
    [InlineData("/root.yml", "root.yml", true)]
    [InlineData("/root.yml", "sub/root.yml", false)]
    [InlineData("docs/**/*.yml", "docs/a/b/x.yml", true)]
    [InlineData("**/gen", "a/gen/x.yml", true)]
    [InlineData("x[0-9].yml", "x7.yml", true)]
    public void Gitignore_patterns_match_the_way_git_does(string pattern, string path, bool ignored)
    {
        // Given a .gitignore with one pattern
        var matcher = new GitIgnore();
        matcher.Add(string.Empty, pattern);

        // When a path is tested / Then it is ignored exactly when git would ignore it
        Assert.Equal(ignored, matcher.IsIgnored(path, isDirectory: false));
    }

    [Fact]
    public void The_last_matching_pattern_wins_so_negation_re_includes_a_file()
    {
        // Given an ignore with a negation after it
        var matcher = new GitIgnore();
        matcher.Add(string.Empty, "*.yml\n!keep.yml\n");

        // Then the negated file is kept and the others are ignored
        Assert.False(matcher.IsIgnored("keep.yml", false));
        Assert.True(matcher.IsIgnored("drop.yml", false));
    }

    [Fact]
    public void Walking_a_folder_honours_root_and_nested_gitignore_files()
    {
        // Given a folder (not a git checkout) with ignored files at two levels
        using var dir = new TempDirectory();
        dir.Write(".gitignore", "artifacts/\n");
        dir.Write("artifacts/bad.yml", "a: 1");
        dir.Write("deploy/.gitignore", "*.generated.yaml\n");
        dir.Write("deploy/app.yaml", "a: 1");
        dir.Write("deploy/app.generated.yaml", "a: 1");

        // When its files are listed
        var files = RepositoryFiles.Walk(dir.Path).Order(StringComparer.Ordinal).ToList();

        // Then ignored files are left out
        Assert.Equal([".gitignore", "deploy/.gitignore", "deploy/app.yaml"], files);
    }

    [Fact]
    public async Task Inside_a_git_work_tree_git_decides_what_is_ignored()
    {
        // Given a git repository with a tracked, an untracked and an ignored file
        using var dir = new TempDirectory();
        dir.Write(".gitignore", "*.tmp.yml\n");
        dir.Write("tracked.yml", "a: 1");
        dir.Write("untracked.yml", "a: 1");
        dir.Write("scratch.tmp.yml", "a: 1");
        Git(dir.Path, "init", "-q");
        Git(dir.Path, "add", "tracked.yml", ".gitignore");

        // When its files are listed
        var files = await RepositoryFiles.ListAsync(dir.Path, CancellationToken.None);

        // Then tracked and untracked files are listed, ignored ones are not
        Assert.Equal([".gitignore", "tracked.yml", "untracked.yml"], files);
    }

    internal static void Git(string cwd, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in new[] { ("GIT_AUTHOR_NAME", "t"), ("GIT_AUTHOR_EMAIL", "t@example.com"), ("GIT_COMMITTER_NAME", "t"), ("GIT_COMMITTER_EMAIL", "t@example.com") })
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }
}
