using Toolkit.Core.Runtime;

namespace Toolkit.Cli.Actions;

/// <summary>
/// Turns the <c>INPUT_*</c> variables of a container action into the arguments of the command it runs. Values are
/// never shell-split: each input becomes whole tokens, so spaces, quotes and globs arrive as written.
/// </summary>
internal static class ActionArguments
{
    private static readonly char[] ListSeparators = [',', '\n'];

    /// <summary>The tokens of every input that is set, and the problems of those that are malformed.</summary>
    public static (IReadOnlyList<InputTokens> Inputs, IReadOnlyList<InputProblem> Problems) Read(ContainerAction action, RunEnvironment host)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(host);
        var inputs = new List<InputTokens>();
        var problems = new List<InputProblem>();
        foreach (var input in action.Inputs)
        {
            // The runner sets every declared input, defaults applied: empty means not set.
            var value = host[input.Variable]?.Trim();
            if (value is null || value == input.CliDefault)
            {
                continue;
            }

            var (tokens, problem) = Tokens(input, value, host);
            if (problem is not null)
            {
                problems.Add(new InputProblem(input.Name, problem));
            }
            else if (tokens.Count > 0)
            {
                inputs.Add(new InputTokens(input, value, tokens));
            }
        }

        return (inputs, problems);
    }

    /// <summary><c>verb options... [-- arguments...]</c>.</summary>
    public static IReadOnlyList<string> CommandLine(string verb, IReadOnlyList<InputTokens> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var positional = inputs.Where(i => i.Input.Kind == ActionInputKind.Arguments).SelectMany(i => i.Tokens).ToList();
        List<string> line = [verb, .. inputs.Where(i => i.Input.Kind != ActionInputKind.Arguments).SelectMany(i => i.Tokens)];
        if (positional.Count > 0)
        {
            // After "--" a path that starts with '-' is still a path.
            line.Add("--");
            line.AddRange(positional);
        }

        return line;
    }

    private static (IReadOnlyList<string> Tokens, string? Problem) Tokens(ActionInput input, string value, RunEnvironment host)
    {
        switch (input.Kind)
        {
            case ActionInputKind.Flag:
                return IsWord(value, "true") ? ([input.Option!], null)
                    : IsWord(value, "false") ? ([], null)
                    : ([], $"must be true or false, not '{value}'.");
            case ActionInputKind.List:
                return (Items(value).SelectMany(item => new[] { input.Option!, item }).ToList(), null);
            case ActionInputKind.Arguments:
                return (Items(value).ToList(), null);
            case ActionInputKind.WorkspaceDirectory:
                var workspace = Path.GetFullPath(host.Workspace ?? Directory.GetCurrentDirectory());
                var directory = Path.GetFullPath(value, workspace);
                var inside = Path.GetRelativePath(workspace, directory);
                if (inside == ".." || inside.StartsWith("../", StringComparison.Ordinal) || inside.StartsWith(@"..\", StringComparison.Ordinal) || Path.IsPathRooted(inside))
                {
                    // The action may only read the checkout: ../../../etc would point a gate at the runner's files.
                    return ([], $"leaves the workspace ({workspace}): '{value}'; name a directory inside the checkout.");
                }

                return Directory.Exists(directory)
                    ? ([input.Option!, directory], null)
                    : ([], $"names no directory in the workspace ({workspace}): '{value}'.");
            default:
                return ([input.Option!, value], null);
        }
    }

    private static bool IsWord(string value, string word) => string.Equals(value, word, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Items(string value) =>
        value.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
