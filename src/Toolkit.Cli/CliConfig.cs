using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli;

/// <summary>The repository root and gates.yml every command starts from; problems are printed once, here.</summary>
internal static class CliConfig
{
    /// <summary>The root and the loaded configuration, or null after printing every problem (exit 2).</summary>
    public static async Task<(string Root, GatesConfig Config)?> LoadAsync(ParseResult parse, CommonOptions common, CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        var root = Path.GetFullPath(parse.GetValue(common.Repo) ?? host.Workspace ?? Directory.GetCurrentDirectory());
        if (!Directory.Exists(root))
        {
            await console.Error.WriteLineAsync($"error: repository root '{root}' does not exist; pass an existing directory to --repo.").ConfigureAwait(false);
            return null;
        }

        var loaded = new GatesConfigLoader(catalog.Names).LoadFile(root, parse.GetValue(common.Config));
        if (!loaded.IsValid)
        {
            await ConfigReport.WriteAsync(console.Error, loaded.Diagnostics).ConfigureAwait(false);
            return null;
        }

        // Each gate's own section (with the command line's values over it) is checked here too, so every command
        // refuses what a run would, with exit 2 and every problem at once.
        var config = loaded.Value!;
        var problems = catalog.Gates
            .SelectMany(gate => gate.ValidateCommandLine(config.SectionFor(gate.Gate), parse))
            .OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        if (problems.Count > 0)
        {
            var fix = problems.Any(d => d.File == ConfigReport.CommandLine) ? ConfigReport.FixTheCommandLine : ConfigReport.FixTheFile;
            await ConfigReport.WriteAsync(console.Error, problems, fix).ConfigureAwait(false);
            return null;
        }

        return (root, config);
    }
}
