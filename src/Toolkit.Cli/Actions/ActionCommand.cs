using System.CommandLine;
using System.Text.RegularExpressions;
using Toolkit.Core.Actions;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;

namespace Toolkit.Cli.Actions;

/// <summary>
/// <c>gate action &lt;name&gt;</c>: the entrypoint of the container actions (listed in the help as theirs). Reads the
/// action's <c>INPUT_*</c> variables, turns them into the options of the command the action stands for, and runs
/// that command through the same parser and code path as <c>gate &lt;gate&gt;</c>, <c>gate decide</c> or
/// <c>gate protect</c>. A bad input is an <c>::error::</c> naming it, and exit 2.
/// </summary>
internal static partial class ActionCommand
{
    public static Command Create(CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        // HelpName keeps the usage label short: the default lists every action and pushed the help's second column past 80.
        var name = new Argument<string>("name") { Description = $"The action: {string.Join(", ", ContainerActions.Names)}.", HelpName = "name" };
        name.AcceptOnlyFromAmong([.. ContainerActions.Names]);
        // Not hidden: System.CommandLine prints no help at all for a hidden command, and the entrypoint deserves some.
        var command = new Command("action", Help.WithExamples(
            "For the container actions (actions/*/action.yml), not for typing: run a gate, decide or protect with the options given as INPUT_<NAME> variables, the way the GitHub runner passes an action's inputs.",
            "INPUT_FAIL-ON=warn INPUT_PATHS=deploy gate action policy-ci"));
        command.Arguments.Add(name);
        command.SetAction((parse, token) =>
            RunAsync(parse.RootCommandResult.Command, ContainerActions.Find(parse.GetValue(name)!)!, console, host, catalog, token));
        return command;
    }

    private static async Task<int> RunAsync(Command root, ContainerAction action, CliConsole console, RunEnvironment host, GateCatalog catalog, CancellationToken cancellationToken)
    {
        var commands = new WorkflowCommands(console.Out);
        if (action.CommandName(catalog) is not { } verb)
        {
            commands.Annotation(Severity.Error, $"This build of the toolkit has no {action.Gate} gate; use an image that ships it.", title: $"gate action {action.Name}");
            return ExitCodes.UsageError;
        }

        var (inputs, problems) = ActionArguments.Read(action, host);
        var line = ActionArguments.CommandLine(verb, inputs);
        var parse = root.Parse(line);
        if (parse.Errors.Count > 0)
        {
            problems = [.. problems, .. Attribute(root, verb, inputs, parse)];
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                commands.Annotation(Severity.Error, $"Input '{problem.Input}' of the {action.Name} action {problem.Message}", title: $"Invalid input '{problem.Input}'");
            }

            return ExitCodes.UsageError;
        }

        // The command line for the log; secrets in it are masked by the console like everything else.
        await console.Error.WriteLineAsync($"gate action {action.Name}: gate {string.Join(' ', line.Select(Quote))}").ConfigureAwait(false);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds which input a parse error comes from by parsing each input's tokens on their own.</summary>
    private static List<InputProblem> Attribute(Command root, string verb, IReadOnlyList<InputTokens> inputs, ParseResult whole)
    {
        var problems = new List<InputProblem>();
        foreach (var input in inputs)
        {
            var alone = root.Parse(ActionArguments.CommandLine(verb, [input]));
            if (alone.Errors.Count > 0)
            {
                problems.Add(new InputProblem(input.Input.Name, $"has a bad value '{input.Value}': {OneLine(alone.Errors)}"));
            }
        }

        return problems.Count > 0
            ? problems
            : [new InputProblem("(several)", $"combine into invalid options: {OneLine(whole.Errors)}")];
    }

    /// <summary>The parser's messages on one line: an annotation shows a single line well.</summary>
    private static string OneLine(IEnumerable<System.CommandLine.Parsing.ParseError> errors) =>
        Whitespace().Replace(string.Join(" ", errors.Select(e => e.Message)), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string Quote(string token) =>
        token.Length > 0 && !token.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '*' or '?' or '$') ? token : $"'{token.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
