using System.Diagnostics;
using Toolkit.Testing;

namespace Toolkit.GitHub.Tests.Events;

/// <summary>A real git repository in a temp folder, with a fixed identity so commits work on any machine.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TempDirectory directory = new();

    public GitRepository()
    {
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.email", "tests@example.com");
        Git("config", "user.name", "Toolkit Tests");
        Git("config", "commit.gpgsign", "false");
    }

    public string Root => directory.Path;

    public void Write(string relativePath, string content) => directory.Write(relativePath, content);

    public void Delete(string relativePath) => File.Delete(directory.Combine(relativePath));

    /// <summary>Stages everything and commits; returns the new commit's SHA.</summary>
    public string Commit(string message)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Keep the developer's global config (hooks, signing, templates) out of the test repository.
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
        return output;
    }

    public void Dispose() => directory.Dispose();
}
