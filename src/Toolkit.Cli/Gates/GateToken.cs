using System.CommandLine;

namespace Toolkit.Cli.Gates;

/// <summary>
/// The token a gate may use to read GitHub: <c>--github-token</c> (publishing's option, which is how the container
/// actions hand it over), else null so the reader falls back to <c>GITHUB_TOKEN</c>.
/// </summary>
internal static class GateToken
{
    public static string? From(ParseResult? parseResult) =>
        parseResult?.CommandResult.Command.Options.Any(o => o.Name == "--github-token") == true ? parseResult.GetValue<string?>("--github-token") : null;
}
