using System.Diagnostics;
using Toolkit.Testing;

namespace Toolkit.Gates.Migrations.Tests.Fixtures;

/// <summary>A real git repository in a temp directory: write files, commit, branch.</summary>
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

    public void Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        }
    }

    public void Dispose() => Directory.Dispose();
}
