namespace Toolkit.Gates.Policy.Docker;

/// <summary>
/// One Dockerfile instruction after joining continuation lines.
/// </summary>
/// <param name="Keyword">Upper-case instruction (FROM, RUN ...).</param>
/// <param name="Arguments">Everything after the keyword, continuation lines joined with a space, heredoc bodies appended.</param>
/// <param name="Line">1-based line of the keyword.</param>
/// <param name="Column">1-based column of the keyword.</param>
/// <param name="JsonArguments">The arguments of the JSON (exec) form, or null for the shell form.</param>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Line, int Column, IReadOnlyList<string>? JsonArguments)
{
    /// <summary>The flags (<c>--platform=...</c>, <c>--chown=...</c>) at the start of the arguments.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The arguments without leading flags.</summary>
    public string Body { get; init; } = Arguments;

    /// <summary>Heredoc bodies (<c>RUN &lt;&lt;EOF</c>) in order.</summary>
    public IReadOnlyList<string> Heredocs { get; init; } = [];

    public bool IsJsonForm => JsonArguments is not null;
}
