using System.CommandLine;
using Toolkit.Cli.Commands;
using Toolkit.Core.Actions;
using Toolkit.Cli.Publishing;
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
        ArgumentNullException.ThrowIfNull(host);
        var masker = Secrets(args, host, console);
        // Under Actions, text that came from input (names, summaries, messages) must not start workflow commands.
        var defuse = host.IsGitHubActions;
        await using var output = new MaskingTextWriter(console.Out, masker, leaveOpen: true) { DefusesWorkflowCommands = defuse };
        await using var error = new MaskingTextWriter(console.Error, masker, leaveOpen: true) { DefusesWorkflowCommands = defuse };
        return await RunMaskedAsync(args, console with { Out = output, Error = error, Secrets = masker }, host, catalog, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Tokens are masked in everything the CLI prints, and registered with the runner (<c>::add-mask::</c>) so the
    /// Actions log hides them too, whatever prints them.
    /// </summary>
    private static SecretMasker Secrets(string[] args, RunEnvironment host, CliConsole console)
    {
        var masker = new SecretMasker();
        var commands = new WorkflowCommands(console.Out);
        // Secret inputs of the container actions (INPUT_GITHUB-TOKEN, INPUT_DATABASE-URL) are masked from the start.
        var secretInputs = Actions.ContainerActions.SecretVariables.Select(v => host[v]);
        foreach (var secret in TokenArguments(args).Append(host["GITHUB_TOKEN"]).Concat(secretInputs).OfType<string>())
        {
            if (masker.Add(secret) && host.IsGitHubActions)
            {
                commands.AddMask(secret);
            }
        }

        return masker;
    }

    private static IEnumerable<string?> TokenArguments(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--github-token" && i + 1 < args.Length)
            {
                yield return args[i + 1];
            }
            else if (args[i].StartsWith("--github-token=", StringComparison.Ordinal) || args[i].StartsWith("--github-token:", StringComparison.Ordinal))
            {
                yield return args[i]["--github-token=".Length..];
            }
        }
    }

    private static async Task<int> RunMaskedAsync(string[] args, CliConsole console, RunEnvironment host, GateCatalog catalog, CancellationToken cancellationToken)
    {
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

        // An unwritable runner file is reported up front but does not stop the run: the verdict is still written, and
        // the command then exits 2 because later steps would read outputs that went nowhere.
        var unwritable = RunnerFiles.Problem(host);
        if (unwritable is not null)
        {
            await console.Error.WriteLineAsync(unwritable).ConfigureAwait(false);
        }

        try
        {
            var exitCode = await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            return unwritable is null ? exitCode : ExitCodes.UsageError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("Cancelled; no verdict was decided.").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk, a read-only folder or an unreadable file met while reading or writing: one sentence, never a
            // stack trace. Reports are written whole or not at all (AtomicFile), so nothing truncated is left behind.
            var what = ex is UnauthorizedAccessException ? "permission denied" : "input/output error";
            await console.Error.WriteLineAsync($"error: {what}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
    }

    internal static RootCommand CreateRoot(CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        var gates = catalog.Gates.Count == 0 ? "none yet" : string.Join(", ", catalog.Gates.Select(g => g.CommandName));
        var root = new RootCommand(Help.WithExamples(
            $"Toolkit CI gates: decide, with evidence, whether a change may merge or ship.\nGates in this version: {gates}.\nExit codes: 0 pass (warn too, unless --fail-on warn), 1 gate failed, 2 usage or input error.",
            "gate run",
            "gate config validate",
            "gate decide --require supply-chain",
            "gate evidence pack --version v3.0.0 --key release.pem"));
        var common = new CommonOptions();
        var publish = new PublishOptions();
        var execution = new GateExecution(console, host, catalog, publish);
        root.Subcommands.Add(RunCommand.Create(common, publish, execution, catalog));
        foreach (var gate in catalog.Gates)
        {
            root.Subcommands.Add(GateCommand.Create(gate, common, publish, execution));
        }

        root.Subcommands.Add(DecideCommand.Create(common, publish, console, host, catalog));
        root.Subcommands.Add(PublishCommand.Create(common, publish, console, host));
        root.Subcommands.Add(EvidenceCommand.Create(common, console, host, catalog));
        root.Subcommands.Add(ProtectCommand.Create(common, publish, console, host, catalog));
        root.Subcommands.Add(ConfigCommand.Create(common, console, host, catalog));
        root.Subcommands.Add(PromoteCommand.Create(common, console, host, catalog));
        root.Subcommands.Add(ServeCommand.Create(console));
        Gates.SupplyChainCommands.AddTo(root, console, host);
        Gates.SloRulesCommand.AddTo(root, console, host);
        root.Subcommands.Add(Actions.ActionCommand.Create(console, host, catalog));
        LayOutHelp(root, console);
        return root;
    }

    /// <summary>
    /// Help wraps to the terminal's width, and to 80 columns when redirected (a log, a pager, a test), so it never
    /// depends on a width the reader does not have.
    /// </summary>
    private static void LayOutHelp(RootCommand root, CliConsole console)
    {
        var width = HelpWidth;
        if (!console.IsOutputRedirected && !Console.IsOutputRedirected)
        {
            try
            {
                width = Math.Max(HelpWidth, Console.WindowWidth);
            }
            catch (IOException)
            {
                // No console attached: keep 80.
            }
        }

        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            help.Action = new System.CommandLine.Help.HelpAction { MaxWidth = width };
        }
    }

    private const int HelpWidth = 80;

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
