using System.CommandLine;
using Toolkit.Cli.Commands;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli;

/// <summary>
/// The <c>gate</c> command line. Exit codes: 0 pass (and warn unless --fail-on warn), 1 a gate failed or could not
/// evaluate, 2 usage or input error.
/// </summary>
public static class GateCli
{
    public static Task<int> RunAsync(string[] args) =>
        RunAsync(args, CliConsole.System, RunEnvironment.Process, GateCatalog.BuiltIn, CancellationToken.None);

    public static async Task<int> RunAsync(string[] args, CliConsole console, RunEnvironment host, GateCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var root = CreateRoot(console, host, catalog);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };

        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync($"Run '{Usage(parse)} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("Cancelled; no verdict was decided.").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    internal static RootCommand CreateRoot(CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        var gates = catalog.Gates.Count == 0 ? "none yet" : string.Join(", ", catalog.Gates.Select(g => g.CommandName));
        var root = new RootCommand(Help.WithExamples(
            $"Toolkit CI gates: decide, with evidence, whether a change may merge or ship.\nGates in this version: {gates}.\nExit codes: 0 pass (warn too, unless --fail-on warn), 1 gate failed, 2 usage or input error.",
            "gate run",
            "gate config validate",
            "gate decide --require supply-chain"));
        var common = new CommonOptions();
        var execution = new GateExecution(console, host, catalog);
        root.Subcommands.Add(RunCommand.Create(common, execution, catalog));
        foreach (var gate in catalog.Gates)
        {
            root.Subcommands.Add(GateCommand.Create(gate, common, execution));
        }

        root.Subcommands.Add(DecideCommand.Create(common, console, host, catalog));
        root.Subcommands.Add(ConfigCommand.Create(common, console, host, catalog));
        Gates.SupplyChainCommands.AddTo(root, console, host);
        return root;
    }

    private static string Usage(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        names[0] = "gate";
        return string.Join(' ', names);
    }
}
