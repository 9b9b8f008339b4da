using System.CommandLine;
using Toolkit.Cli.Publishing;

namespace Toolkit.Cli.Commands;

/// <summary><c>gate run</c>: every gate enabled in gates.yml, in one table and one exit code.</summary>
internal static class RunCommand
{
    public static Command Create(CommonOptions common, PublishOptions publish, GateExecution execution, GateCatalog catalog)
    {
        var command = new Command("run", Help.WithExamples(
            "Run every gate enabled in .github/gates.yml and write their verdicts and reports.",
            "gate run",
            "gate run --env stage --format sarif --format junit",
            "gate run --config ci/gates.yml --out artifacts/gates --fail-on warn"));
        foreach (var option in common.All.Concat(publish.All))
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, token) => execution.RunAsync(
            parse,
            common,
            config => config.EnabledGates.Select(catalog.Find).OfType<IGateCommand>().ToList(),
            token));
        return command;
    }
}
