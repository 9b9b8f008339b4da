namespace Toolkit.Cli.Actions;

/// <summary>A container action: its name (the folder under <c>actions/</c>), the command it runs and its inputs.</summary>
/// <param name="Name">The action's folder and the argument of <c>gate action</c>.</param>
/// <param name="Gate">The gate it runs (its command name comes from the catalog), or null for a plain command.</param>
/// <param name="Command">The command verb when <paramref name="Gate"/> is null (<c>decide</c>, <c>protect</c>).</param>
/// <param name="Inputs">Every input of its action.yml, each mapped to a CLI option.</param>
internal sealed record ContainerAction(string Name, string? Gate, string? Command, IReadOnlyList<ActionInput> Inputs)
{
    /// <summary>The verb to run, or null when this build's catalog lacks the gate.</summary>
    public string? CommandName(GateCatalog catalog) => Gate is null ? Command : catalog.Find(Gate)?.CommandName;
}
