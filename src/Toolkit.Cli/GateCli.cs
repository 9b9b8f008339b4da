using System.CommandLine;

namespace Toolkit.Cli;

/// <summary>The <c>gate</c> command line. (Being built: see the foundation issue.)</summary>
public static class GateCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Toolkit CI gates.");
        var run = new Command("run", "Run every gate configured in .github/gates.yml.");
        run.SetAction(_ => { output.WriteLine("No gates are available in this version of the toolkit."); return 0; });
        root.Subcommands.Add(run);
        var config = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(config).ConfigureAwait(false);
    }
}
