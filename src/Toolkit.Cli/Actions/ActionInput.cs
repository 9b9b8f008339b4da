namespace Toolkit.Cli.Actions;

/// <summary>
/// One input of a container action (<c>actions/&lt;name&gt;/action.yml</c>) and the CLI option it maps to. The runner
/// passes every declared input as <c>INPUT_&lt;NAME&gt;</c> (upper-cased, spaces as underscores, hyphens kept), with
/// its default applied, so an empty value means "not set".
/// </summary>
/// <param name="Name">The input name as declared in action.yml.</param>
/// <param name="Option">The CLI option (<c>--fail-on</c>), or null for positional arguments.</param>
/// <param name="Kind">How the value becomes tokens.</param>
internal sealed record ActionInput(string Name, string? Option, ActionInputKind Kind = ActionInputKind.Value)
{
    /// <summary>
    /// A value that is the CLI's own default and is therefore not passed: <c>config: .github/gates.yml</c> must keep
    /// meaning "built-in defaults when the file is absent", which an explicit <c>--config</c> would turn into an error.
    /// </summary>
    public string? CliDefault { get; init; }

    /// <summary>Masked in every output (tokens, connection strings).</summary>
    public bool Secret { get; init; }

    /// <summary>The environment variable the runner sets for this input.</summary>
    public string Variable => VariableFor(Name);

    public static string VariableFor(string name) => "INPUT_" + name.Replace(' ', '_').ToUpperInvariant();
}
