using Toolkit.Testing;

namespace Toolkit.BadInput.Tests;

/// <summary>
/// Values the user supplies never reach git as options: <c>--base=--output=/tmp/x</c> (or <c>base:</c> in gates.yml)
/// is an input error before any gate runs, and an unknown ref is never "0 new migrations".
/// </summary>
public sealed class ProcessInjectionTests
{
    private const string DropTable = "DROP TABLE users;\n";

    [Theory]
    [InlineData("migrations")]
    [InlineData("supply-chain")]
    public async Task A_base_option_git_would_read_as_an_option_is_an_input_error_and_git_writes_nothing(string command)
    {
        using var gate = Repository();
        var target = gate.Repo.Combine("written-by-git");

        var result = await gate.RunAsync(command, $"--base=--output={target}");

        result.AssertInputError("--base");
        Assert.Contains("which git would read as an option", result.All, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task A_base_in_gates_yml_git_would_read_as_an_option_is_refused_at_its_line_by_validate_and_run()
    {
        using var gate = Repository("version: 1\ngates:\n  migration-gate:\n    base: --output=written-by-git\n    database: none\n");

        var validate = await gate.RunAsync("config", "validate");
        var run = await gate.RunAsync("run");

        validate.AssertInputError(".github/gates.yml:4:");
        run.AssertInputError(".github/gates.yml:4:");
        Assert.DoesNotContain("written-by-git", gate.Files());
    }

    [Fact]
    public async Task An_unknown_base_ref_is_not_a_pass_with_no_new_migrations()
    {
        using var gate = Repository();

        var result = await gate.RunAsync("migrations", "--base", "no-such-branch", "--database", "none");

        result.AssertNotPass();
        Assert.Contains("no-such-branch", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("0 new", result.All, StringComparison.Ordinal);
    }

    /// <summary>A git repository whose last commit adds a migration that drops a table.</summary>
    private static GateProcess Repository(string? config = null)
    {
        var gate = new GateProcess();
        Git(gate, "init", "-q", "-b", "main");
        gate.WithFile("README.md", "x\n");
        Git(gate, "add", "-A");
        Git(gate, "commit", "-q", "-m", "base");
        gate.WithFile("db/migrations/000001_drop.up.sql", DropTable).WithFile("db/migrations/000001_drop.down.sql", "CREATE TABLE users (id int);\n");
        if (config is not null)
        {
            gate.WithFile(".github/gates.yml", config);
        }

        Git(gate, "add", "-A");
        Git(gate, "commit", "-q", "-m", "drop");
        return gate;
    }

    private static void Git(GateProcess gate, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = gate.Repo.Path, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in new[] { ("GIT_AUTHOR_NAME", "t"), ("GIT_AUTHOR_EMAIL", "t@example.com"), ("GIT_COMMITTER_NAME", "t"), ("GIT_COMMITTER_EMAIL", "t@example.com") })
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }
}
