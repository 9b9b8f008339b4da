using System.Diagnostics;

namespace Toolkit.Testing;

/// <summary>A real git repository in a temp directory: write files, commit, branch, run git.</summary>
public sealed class GitRepository : IDisposable
{
    public GitRepository()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "test@example.com");
        Git("config", "user.name", "Test");
        Git("config", "commit.gpgsign", "false");
    }

    public TempDirectory Directory { get; } = new();

    public string Path => Directory.Path;

    public GitRepository Write(string relativePath, string content)
    {
        Directory.Write(relativePath, content);
        return this;
    }

    public GitRepository Delete(string relativePath)
    {
        File.Delete(Directory.Combine(relativePath));
        return this;
    }

    public GitRepository Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return this;
    }

    public GitRepository Branch(string name)
    {
        Git("checkout", "-q", "-b", name);
        return this;
    }

    /// <summary>The SHA of the commit HEAD points at.</summary>
    public string Head() => Git("rev-parse", "HEAD").Trim();

    /// <summary>Runs git in the repository and returns its standard output; a failure throws with git's message.</summary>
    public string Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Keep the developer's global config (hooks, signing, templates) out of the test repository.
        info.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        }

        return output.Result;
    }

    public void Dispose() => Directory.Dispose();
}
