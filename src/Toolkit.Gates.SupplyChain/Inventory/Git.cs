namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Runs git in a repository (through <see cref="Core.Processes.Git"/>) and returns its standard output.</summary>
internal static class Git
{
    /// <summary>The commit <paramref name="gitRef"/> names; a value git would read as an option, or an unknown ref, throws.</summary>
    /// <exception cref="GitException">The ref is refused or unknown.</exception>
    public static string Resolve(string repository, string gitRef)
    {
        var resolved = Core.Processes.Git.ResolveCommit(repository, gitRef);
        return resolved.Sha ?? throw new GitException($"base '{gitRef}': {resolved.Problem}");
    }

    public static async Task<string> RunAsync(string repository, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await Core.Processes.Git.RunAsync(repository, ["-c", "core.quotepath=off", .. arguments], cancellationToken).ConfigureAwait(false);
        if (result.ExitCode < 0)
        {
            throw new GitException(result.Error);
        }

        return result.Succeeded ? result.Output : throw new GitException($"git {string.Join(' ', arguments)} failed: {result.Error.Trim()}");
    }
}
