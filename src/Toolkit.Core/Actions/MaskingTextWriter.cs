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

    public override Encoding Encoding => Inner.Encoding;

    public override void Write(char value)
    {
        pending.Append(value);
        if (value == '\n')
        {
            Emit(pending.Length);
        }
    }

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

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    public override void WriteLine(string? value) => Write((value ?? string.Empty) + new string(CoreNewLine));

    public override void Flush()
    {
        Emit(pending.Length);
        Inner.Flush();
    }

    public override async Task FlushAsync()
    {
        Emit(pending.Length);
        await Inner.FlushAsync().ConfigureAwait(false);
    }

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

        var text = pending.ToString(0, length);
        pending.Remove(0, length);
        Inner.Write(Masker.Apply(text));
    }
}
