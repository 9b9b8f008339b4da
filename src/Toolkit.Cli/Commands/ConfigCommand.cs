using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli.Commands;

/// <summary><c>gate config validate</c> and <c>gate config schema</c>.</summary>
internal static class ConfigCommand
{
    public static Command Create(CommonOptions common, CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        var validate = new Command("validate", Help.WithExamples(
            "Check .github/gates.yml without running anything. Exit 2 with file:line:column for every problem.",
            "gate config validate",
            "gate config validate --config ci/gates.yml"));
        validate.Options.Add(common.Config);
        validate.Options.Add(common.Repo);
        validate.SetAction(async (parse, _) =>
        {
            if (await CliConfig.LoadAsync(parse, common, console, host, catalog).ConfigureAwait(false) is not var (_, config))
            {
                return ExitCodes.UsageError;
            }

            var enabled = config.EnabledGates.ToList();
            await console.Out.WriteLineAsync(config.IsDefault
                ? $"{GatesConfig.DefaultPath} not found; defaults apply (no gates enabled)."
                : $"{config.SourcePath} is valid: {enabled.Count} gate{(enabled.Count == 1 ? string.Empty : "s")} enabled{(enabled.Count > 0 ? " (" + string.Join(", ", enabled) + ")" : string.Empty)}, {config.Waivers.Count} waiver{(config.Waivers.Count == 1 ? string.Empty : "s")}.").ConfigureAwait(false);
            return ExitCodes.Passed;
        });

        var schema = new Command("schema", Help.WithExamples(
            "Print the JSON Schema of gates.yml (for editor completion) or of verdict files.",
            "gate config schema > .github/gates.schema.json",
            "gate config schema --verdict"));
        var verdict = new Option<bool>("--verdict") { Description = "Print the verdict schema instead." };
        schema.Options.Add(verdict);
        schema.SetAction(async (parse, _) =>
        {
            await console.Out.WriteAsync(Schemas.Read(parse.GetValue(verdict) ? Schemas.Verdict : Schemas.Gates)).ConfigureAwait(false);
            return ExitCodes.Passed;
        });

        var config = new Command("config", "Check the gates configuration, or print its JSON Schema.");
        config.Subcommands.Add(validate);
        config.Subcommands.Add(schema);
        return config;
    }
}
