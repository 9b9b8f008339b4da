using System.CommandLine;
using Toolkit.Core.Processes;

namespace Toolkit.Cli;

/// <summary>
/// An option whose value is a git revision: a value git would read as an option (<c>--base=--output=/tmp/x</c>), an
/// empty one or one with control characters is a usage error (exit 2) naming the option, before any gate runs.
/// </summary>
internal static class GitRefOption
{
    public static Option<string?> Create(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "git-ref" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && Git.RevisionProblem(value) is { } problem)
            {
                result.AddError($"{name}: {problem}");
            }
        });
        return option;
    }
}
