using System.Globalization;
using System.Text;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Actions;

/// <summary>
/// Writes GitHub Actions workflow commands (<c>::error file=..::message</c>, <c>::add-mask::</c>, groups) to an injected
/// writer, normally the step's standard output. Escaping matches <c>@actions/core</c> so the runner reads back exactly
/// what was meant, whatever the message or file name holds.
/// </summary>
/// <remarks>
/// When <paramref name="output"/> is a <see cref="MaskingTextWriter"/>, <see cref="AddMask"/> registers the secret with its
/// masker and writes the command to the inner writer: the runner needs the value, every later line is masked locally.
/// </remarks>
public sealed class WorkflowCommands(TextWriter output)
{
    private readonly TextWriter output = output ?? throw new ArgumentNullException(nameof(output));

    /// <summary>The writer commands go to.</summary>
    public TextWriter Output => output;

    /// <summary>Writes an <c>error</c>, <c>warning</c> or <c>notice</c> annotation (notice for <see cref="Severity.Note"/>).</summary>
    public void Annotation(Severity severity, string message, SourceLocation? location = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var properties = new List<KeyValuePair<string, string>>();
        if (location is not null && !string.IsNullOrEmpty(location.Path))
        {
            properties.Add(new("file", location.Path));
            AddPositive(properties, "line", location.Line);
            AddPositive(properties, "col", location.Column);
            AddPositive(properties, "endLine", location.EndLine);
            AddPositive(properties, "endColumn", location.EndColumn);
        }

        if (!string.IsNullOrEmpty(title))
        {
            properties.Add(new("title", title));
        }

        Command(CommandName(severity), properties, message);
    }

    /// <summary>A notice annotation without a location.</summary>
    public void Notice(string message) => Annotation(Severity.Note, message);

    /// <summary>
    /// Asks the runner to mask <paramref name="secret"/> in every later log line. Each line of a multi-line secret is
    /// masked too, because the runner matches line by line.
    /// </summary>
    public void AddMask(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var values = new List<string> { secret };
        values.AddRange(SecretMasker.LinesOf(secret).Where(line => !string.Equals(line, secret, StringComparison.Ordinal)));
        TextWriter target = output;
        if (output is MaskingTextWriter masking)
        {
            foreach (var value in values)
            {
                masking.Masker.Add(value);
            }

            masking.Flush();
            target = masking.Inner;
        }

        foreach (var value in values.Where(v => v.Length > 0))
        {
            target.Write(Format("add-mask", [], value));
            target.Write('\n');
        }
    }

    /// <summary>Starts a collapsible group in the log.</summary>
    public void Group(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Command("group", [], name);
    }

    /// <summary>Ends the current group.</summary>
    public void EndGroup() => Command("endgroup", [], string.Empty);

    /// <summary>A debug message, shown when the run has step debug logging on.</summary>
    public void Debug(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Command("debug", [], message);
    }

    /// <summary>Formats one command line (without the newline) the way <c>@actions/core</c> does.</summary>
    public static string Format(string command, IReadOnlyList<KeyValuePair<string, string>> properties, string message)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(properties);
        var builder = new StringBuilder("::").Append(command);
        for (var i = 0; i < properties.Count; i++)
        {
            builder.Append(i == 0 ? ' ' : ',')
                .Append(properties[i].Key)
                .Append('=')
                .Append(EscapeProperty(properties[i].Value));
        }

        return builder.Append("::").Append(EscapeData(message ?? string.Empty)).ToString();
    }

    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a property value: as <see cref="EscapeData"/> plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    private void Command(string command, IReadOnlyList<KeyValuePair<string, string>> properties, string message)
    {
        if (output is MaskingTextWriter masking)
        {
            // The trusted path: a writer that defuses commands in printed text lets the toolkit's own through.
            masking.WriteCommand(Format(command, properties, message));
            return;
        }

        output.Write(Format(command, properties, message));
        output.Write('\n');
    }

    private static string CommandName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    private static void AddPositive(List<KeyValuePair<string, string>> properties, string name, int value)
    {
        if (value > 0)
        {
            properties.Add(new(name, value.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
