using System.Diagnostics;
using Toolkit.Testing;

namespace Toolkit.Gates.SupplyChain.Tests.Fakes;

/// <summary>A real git repository in a temp directory, for diffs against a base commit.</summary>
internal sealed class GitRepo : IDisposable
{
    public GitRepo()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "test@example.com");
        Git("config", "user.name", "Test");
        Git("config", "commit.gpgsign", "false");
    }

    public TempDirectory Directory { get; } = new();

    public string Path => Directory.Path;

    public string Write(string relative, string content) => Directory.Write(relative, content);

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }

    public void Dispose() => Directory.Dispose();
}
