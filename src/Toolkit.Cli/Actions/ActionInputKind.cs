namespace Toolkit.Cli.Actions;

/// <summary>How an action input becomes command-line tokens.</summary>
internal enum ActionInputKind
{
    /// <summary><c>--option value</c>.</summary>
    Value,

    /// <summary>A comma- or newline-separated list: <c>--option a --option b</c>.</summary>
    List,

    /// <summary><c>true</c> adds <c>--option</c>, <c>false</c> adds nothing; anything else is bad input.</summary>
    Flag,

    /// <summary>A comma- or newline-separated list of positional arguments, after <c>--</c>.</summary>
    Arguments,

    /// <summary>A directory relative to <c>GITHUB_WORKSPACE</c>, passed as an absolute <c>--option</c> (<c>--repo</c>).</summary>
    WorkspaceDirectory,
}
