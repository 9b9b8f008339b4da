namespace Toolkit.Core.Configuration;

/// <summary>A problem in a configuration file, with the place and, when there is one, the nearest valid alternative.</summary>
public sealed record ConfigDiagnostic(string File, int Line, int Column, string Message, string? Suggestion = null)
{
    /// <summary><c>file:line:column: message Did you mean 'x'?</c>, the form editors and CI logs link.</summary>
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var hint = Suggestion is null ? string.Empty : $" Did you mean '{Suggestion}'?";
        return $"{place}: {Message}{hint}";
    }
}
