using System.Text;

namespace Toolkit.Core.Actions;

/// <summary>
/// A <see cref="TextWriter"/> that masks every secret of a <see cref="SecretMasker"/> before it reaches the inner writer.
/// Text is held back until a line ends (or <see cref="Flush"/>), so a secret written in pieces is still masked whole.
/// </summary>
public sealed class MaskingTextWriter : TextWriter
{
    private readonly StringBuilder pending = new();
    private readonly bool leaveOpen;
    private const char ZeroWidthSpace = '\u200B';

    private bool atLineStart = true;

    /// <param name="inner">Where masked text goes.</param>
    /// <param name="masker">The secrets to mask; more can be added while writing.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="inner"/> open.</param>
    public MaskingTextWriter(TextWriter inner, SecretMasker masker, bool leaveOpen = false)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(masker);
        Inner = inner;
        Masker = masker;
        this.leaveOpen = leaveOpen;
    }

    /// <summary>The writer masked text goes to.</summary>
    public TextWriter Inner { get; }

    /// <summary>The secrets masked.</summary>
    public SecretMasker Masker { get; }

    /// <summary>
    /// Whether text is defused for the GitHub Actions runner, which obeys any line that starts with <c>::</c> (after
    /// blanks) and any <c>##[</c>: set under Actions, so input printed with a newline and <c>::stop-commands::x</c>
    /// cannot become a command. The toolkit's own commands go through <see cref="WriteCommand"/>. The default value is false.
    /// </summary>
    public bool DefusesWorkflowCommands { get; init; }

    /// <summary>The inner writer's encoding.</summary>
    public override Encoding Encoding => Inner.Encoding;

    /// <summary>
    /// Writes one workflow command line built by <see cref="WorkflowCommands"/> (its data already escaped) on a line of
    /// its own, masked but not defused.
    /// </summary>
    /// <param name="line">The command, without the line end.</param>
    public void WriteCommand(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        Emit(pending.Length);
        if (!atLineStart)
        {
            Inner.Write('\n');
        }

        Inner.Write(Masker.Apply(line));
        Inner.Write('\n');
        atLineStart = true;
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        pending.Append(value);
        if (value == '\n')
        {
            Emit(pending.Length);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        pending.Append(value);
        var newline = value.LastIndexOf('\n');
        if (newline >= 0)
        {
            Emit(pending.Length - (value.Length - newline - 1));
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Write((value ?? string.Empty) + new string(CoreNewLine));

    /// <summary>Masks and writes the held-back text, even without a line end, then flushes the inner writer.</summary>
    public override void Flush()
    {
        Emit(pending.Length);
        Inner.Flush();
    }

    /// <summary>Like <see cref="Flush"/>, flushing the inner writer asynchronously.</summary>
    public override async Task FlushAsync()
    {
        Emit(pending.Length);
        await Inner.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Flushes held-back text, then disposes the inner writer unless it was left open.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
            if (!leaveOpen)
            {
                Inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void Emit(int length)
    {
        if (length == 0)
        {
            return;
        }

        var text = Masker.Apply(pending.ToString(0, length));
        pending.Remove(0, length);
        Inner.Write(DefusesWorkflowCommands ? Defuse(text) : text);
    }

    /// <summary>
    /// A zero-width space before a line-leading <c>:</c> and inside every <c>##[</c>: the text reads the same, and the
    /// runner (which trims only white space before looking for <c>::</c>) sees no command.
    /// </summary>
    private string Defuse(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                atLineStart = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                var command = (atLineStart && c == ':') || (c == '[' && i >= 2 && text[i - 1] == '#' && text[i - 2] == '#');
                if (command)
                {
                    builder.Append(ZeroWidthSpace);
                }

                atLineStart = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
