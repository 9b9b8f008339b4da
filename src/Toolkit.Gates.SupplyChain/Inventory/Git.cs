using System.Diagnostics;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Runs git in a repository and returns its standard output.</summary>
internal static class Git
{
    public static async Task<string> RunAsync(string repository, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("git could not be started.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new GitException($"git is not installed or not on PATH ({ex.Message}).");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new GitException($"git {string.Join(' ', arguments)} failed: {(await error.ConfigureAwait(false)).Trim()}");
            }

            return await output.ConfigureAwait(false);
        }
    }
}
