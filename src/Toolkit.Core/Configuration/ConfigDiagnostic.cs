namespace Toolkit.Core.Configuration;

/// <summary>A problem in a configuration file, with the place and, when there is one, the nearest valid alternative.</summary>
/// <param name="File">The file, repository-relative.</param>
/// <param name="Line">1-based line; 0 when the problem is about the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Suggestion">The nearest valid name (for a misspelt key or gate), or null.</param>
public sealed record ConfigDiagnostic(string File, int Line, int Column, string Message, string? Suggestion = null)
{
    /// <summary>The <see cref="File"/> of a problem in a command-line option rather than a file.</summary>
    public const string CommandLine = "command line";

    /// <summary><c>file:line:column: message Did you mean 'x'?</c>, the form editors and CI logs link.</summary>
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var hint = Suggestion is null ? string.Empty : $" Did you mean '{Suggestion}'?";
        return $"{place}: {Message}{hint}";
    }
}
