using Toolkit.Core.Processes;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>What the gate asks git (through <see cref="Core.Processes.Git"/>): which commit is checked out, and the plumbing behind the branch store.</summary>
internal static class Git
{
    public static string? Head(string repositoryRoot)
    {
        var result = Run(repositoryRoot, ["rev-parse", "HEAD"]);
        var output = result.Output.Trim();
        return result.Succeeded && output.Length > 0 ? output : null;
    }

    /// <summary>Runs git in <paramref name="repositoryRoot"/>, optionally feeding <paramref name="input"/> and extra environment variables.</summary>
    public static GitResult Run(string repositoryRoot, IReadOnlyList<string> args, string? input = null, IReadOnlyDictionary<string, string>? environment = null) =>
        Core.Processes.Git.Run(repositoryRoot, args, new GitRunOptions { Input = input, Environment = environment });
}
