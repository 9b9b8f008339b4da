using Toolkit.Core.Configuration;

namespace Toolkit.Cli;

/// <summary>Prints configuration problems as <c>file:line:column: error: message</c>, one per line, then how to fix.</summary>
internal static class ConfigReport
{
    /// <summary>The advice after problems in gates.yml.</summary>
    public const string FixTheFile = "Fix the file and run again (`gate config validate` checks it alone).";

    /// <summary>Where binders place a problem in the command line's values.</summary>
    public const string CommandLine = "command line";

    /// <summary>The advice after problems that include the command line's values.</summary>
    public const string FixTheCommandLine = "Fix the options and files named above and run again.";

    public static async Task WriteAsync(TextWriter error, IReadOnlyList<ConfigDiagnostic> diagnostics, string fix = FixTheFile)
    {
        foreach (var diagnostic in diagnostics)
        {
            var place = diagnostic.Line > 0 ? $"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}" : diagnostic.File;
            var hint = diagnostic.Suggestion is null ? string.Empty : $" Did you mean '{diagnostic.Suggestion}'?";
            await error.WriteLineAsync($"{place}: error: {diagnostic.Message}{hint}").ConfigureAwait(false);
        }

        var count = diagnostics.Count;
        await error.WriteLineAsync($"{count} configuration problem{(count == 1 ? string.Empty : "s")}; nothing was run. {fix}").ConfigureAwait(false);
    }
}
