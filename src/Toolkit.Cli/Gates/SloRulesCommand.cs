using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Slo;
using Toolkit.Gates.Slo.Loading;
using Toolkit.Gates.Slo.RuleFiles;

namespace Toolkit.Cli.Gates;

/// <summary>
/// <c>gate slo rules</c>: the Prometheus recording and multi-window multi-burn-rate alerting rules of the golden-paths
/// file (own format, OpenSLO, Sloth or Pyrra), so one file drives both the gate and the alerts.
/// </summary>
internal static class SloRulesCommand
{
    /// <summary>Adds <c>rules</c> under <c>gate slo</c> when the catalog has the SLO gate.</summary>
    public static void AddTo(RootCommand root, CliConsole console, RunEnvironment host)
    {
        if (root.Subcommands.FirstOrDefault(c => c.Name == "slo") is { } slo)
        {
            slo.Subcommands.Add(Create(console, host));
        }
    }

    public static Command Create(CliConsole console, RunEnvironment host)
    {
        var goldenPaths = new Option<string?>("--golden-paths") { Description = $"Golden paths file. Default: golden_paths of slo-gates in gates.yml, else {new SloOptions().GoldenPaths}.", HelpName = "file" };
        var output = new Option<string?>("--out", "-o") { Description = "Rule file to write. Default: standard output.", HelpName = "file" };
        var repo = new Option<string?>("--repo") { Description = "Repository root. Default: the current directory.", HelpName = "dir" };
        var config = new Option<string?>("--config", "-c") { Description = "Path of the gates configuration. Default: .github/gates.yml.", HelpName = "file" };
        var command = new Command("rules", Help.WithExamples(
            "Write the Prometheus recording and alerting rules (Sloth-style, page and ticket burn-rate alerts) for the golden paths' SLOs.",
            "gate slo rules --out prometheus/slo-rules.yml",
            "gate slo rules --golden-paths slo/openslo.yaml | promtool check rules /dev/stdin"));
        foreach (var option in new Option[] { goldenPaths, output, repo, config })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, token) =>
        {
            var root = Path.GetFullPath(parse.GetValue(repo) ?? host.Workspace ?? Directory.GetCurrentDirectory());
            var loadedConfig = new GatesConfigLoader(GateIds.All).LoadFile(root, parse.GetValue(config));
            if (!loadedConfig.IsValid)
            {
                await ConfigReport.WriteAsync(console.Error, loadedConfig.Diagnostics).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var (options, _) = SloOptionsBinder.Bind(loadedConfig.Value!.SectionFor(GateIds.Slo), new SloOverrides { GoldenPaths = parse.GetValue(goldenPaths) });
            var display = options.GoldenPaths.Replace('\\', '/');
            var loaded = GoldenPathLoader.Load(Path.GetFullPath(options.GoldenPaths, root), display, []);
            if (!loaded.IsValid)
            {
                await ConfigReport.WriteAsync(console.Error, loaded.Diagnostics).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var rules = SloRuleGenerator.Generate(loaded.Value!);
            foreach (var skipped in rules.Skipped)
            {
                await console.Error.WriteLineAsync($"note: no rules for {skipped}").ConfigureAwait(false);
            }

            if (rules.Slos == 0)
            {
                await console.Error.WriteLineAsync($"error: {display} has no SLO with an error budget on Prometheus; no rules written.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(output) is { } file)
            {
                var path = Path.GetFullPath(file, root);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, rules.Yaml, token).ConfigureAwait(false);
                await console.Error.WriteLineAsync($"Wrote rules for {rules.Slos} SLO(s) to {file}.").ConfigureAwait(false);
            }
            else
            {
                await console.Out.WriteAsync(rules.Yaml).ConfigureAwait(false);
            }

            return ExitCodes.Passed;
        });
        return command;
    }
}
