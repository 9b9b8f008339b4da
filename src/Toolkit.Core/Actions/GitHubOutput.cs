using System.Text;
using System.Text.RegularExpressions;
using Toolkit.Core.Runtime;

namespace Toolkit.Core.Actions;

/// <summary>
/// Sets step outputs by appending to <c>$GITHUB_OUTPUT</c>: <c>name=value</c>, or the heredoc form
/// <c>name&lt;&lt;ghadelimiter_&lt;guid&gt;</c> for values with line breaks, with a delimiter the value does not contain.
/// </summary>
public sealed partial class GitHubOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly RunEnvironment environment;
    private readonly Func<string> newDelimiter;

    /// <param name="environment">Where <c>GITHUB_OUTPUT</c> is read from.</param>
    /// <param name="newDelimiter">Makes heredoc delimiters; tests pass a fixed sequence. The default value is
    /// <c>ghadelimiter_</c> plus a new GUID.</param>
    public GitHubOutput(RunEnvironment environment, Func<string>? newDelimiter = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        this.environment = environment;
        this.newDelimiter = newDelimiter ?? (() => "ghadelimiter_" + Guid.NewGuid().ToString());
    }

    /// <summary>Whether <paramref name="name"/> is a valid output name: a letter or <c>_</c>, then letters, digits, <c>-</c>, <c>_</c>.</summary>
    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <summary>Appends one output.</summary>
    /// <returns>False when there is no output file (not in Actions); true when the output was written.</returns>
    /// <exception cref="ArgumentException">The name is not a valid output name.</exception>
    /// <exception cref="IOException">The output file cannot be written (a directory, read-only, a full disk); the
    /// message names <c>GITHUB_OUTPUT</c> and the path, so a lost output is never silent.</exception>
    public bool Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid output name: start with a letter or '_', then use letters, digits, '-' or '_'.", nameof(name));
        }

        var path = environment.OutputPath;
        if (path is null)
        {
            return false;
        }

        try
        {
            File.AppendAllText(path, Format(name, value), Utf8);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write GITHUB_OUTPUT ({path}): {ex.Message.TrimEnd('.')}. Later steps would read no '{name}' output; make it writable or unset it.", ex);
        }
    }

    /// <summary>The text appended for one output, ending with a newline.</summary>
    public string Format(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Contains('\n', StringComparison.Ordinal) && !value.Contains('\r', StringComparison.Ordinal))
        {
            return $"{name}={value}\n";
        }

        var delimiter = newDelimiter();
        for (var attempt = 0; value.Contains(delimiter, StringComparison.Ordinal) || name.Contains(delimiter, StringComparison.Ordinal); attempt++)
        {
            if (attempt >= 100)
            {
                throw new InvalidOperationException("Could not choose a heredoc delimiter that the value does not contain.");
            }

            delimiter = newDelimiter();
        }

        return $"{name}<<{delimiter}\n{value}\n{delimiter}\n";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
