using Toolkit.Core.Configuration;

namespace Toolkit.Cli;

/// <summary>Prints configuration problems as <c>file:line:column: error: message</c>, one per line, then how to fix.</summary>
internal static class ConfigReport
{
    public static async Task WriteAsync(TextWriter error, IReadOnlyList<ConfigDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var place = diagnostic.Line > 0 ? $"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}" : diagnostic.File;
            var hint = diagnostic.Suggestion is null ? string.Empty : $" Did you mean '{diagnostic.Suggestion}'?";
            await error.WriteLineAsync($"{place}: error: {diagnostic.Message}{hint}").ConfigureAwait(false);
        }

        var count = diagnostics.Count;
        await error.WriteLineAsync($"{count} configuration problem{(count == 1 ? string.Empty : "s")}; nothing was run. Fix the file and run again (`gate config validate` checks it alone).").ConfigureAwait(false);
    }
}
