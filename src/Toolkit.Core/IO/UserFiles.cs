using System.Text;
using System.Text.Unicode;

namespace Toolkit.Core.IO;

/// <summary>
/// Reads files a user points the toolkit at (gates.yml, verdicts, keys, reports to publish) with the checks every such
/// read needs: a regular file (a FIFO would hang the run, a device never ends), a size cap (<c>/dev/zero</c> would
/// exhaust memory), and errors that name the file and say what to fix instead of an exception.
/// </summary>
public static partial class UserFiles
{
    /// <summary>The default cap on what one input file may hold: 64 MiB, far above any real configuration or verdict.</summary>
    public const long DefaultLimit = 64L * 1024 * 1024;

    /// <summary>The bytes of <paramref name="path"/>, or why they cannot be read (naming <paramref name="display"/>).</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="display">How messages name the file (usually repository-relative).</param>
    /// <param name="limit">The most bytes accepted; a larger file is refused.</param>
    public static (byte[]? Bytes, UserFileProblem? Problem) ReadBytes(string path, string display, long limit = DefaultLimit)
    {
        var (stream, problem) = OpenRead(path, display);
        if (stream is null)
        {
            return (null, problem);
        }

        using (stream)
        {
            try
            {
                return ReadCapped(stream, display, limit);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return (null, new(display, 0, 0, Describe(ex)));
            }
        }
    }

    /// <summary>
    /// The text of <paramref name="path"/> decoded as strict UTF-8 (a byte order mark is dropped), or why it cannot be
    /// read; invalid UTF-8 is reported at its <c>file:line:column</c>.
    /// </summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="display">How messages name the file (usually repository-relative).</param>
    /// <param name="limit">The most bytes accepted; a larger file is refused.</param>
    public static (string? Text, UserFileProblem? Problem) ReadText(string path, string display, long limit = DefaultLimit)
    {
        var (bytes, error) = ReadBytes(path, display, limit);
        return bytes is null ? (null, error) : Decode(bytes, display);
    }

    /// <summary>Decodes strict UTF-8; the first invalid byte is reported as <c>display:line:column</c>.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="display">How the message names the file.</param>
    public static (string? Text, UserFileProblem? Problem) Decode(byte[] bytes, string display)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        var chars = new char[content.Length];
        var status = Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return (new string(chars, 0, written), null);
        }

        var decoded = chars.AsSpan(0, written);
        var line = decoded.Count('\n') + 1;
        var column = written - decoded.LastIndexOf('\n');
        return (null, new(display, line, column, $"is not valid UTF-8 (byte 0x{content[read]:X2} at offset {read}); save the file as UTF-8."));
    }

    /// <summary>
    /// Why reading failed, from the exception, in words a user acts on (<c>cannot read: permission denied</c>) rather
    /// than an exception type or a stack trace.
    /// </summary>
    /// <param name="exception">What reading threw.</param>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            UnauthorizedAccessException => "cannot read: permission denied; make it readable by the user running the toolkit.",
            FileNotFoundException or DirectoryNotFoundException => "cannot read: it does not exist.",
            _ => $"cannot read: {exception.Message}",
        };
    }

    private static (byte[]? Bytes, UserFileProblem? Problem) ReadCapped(Stream stream, string display, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int count;
        while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + count > limit)
            {
                return (null, new(display, 0, 0, $"is larger than {limit} bytes; pass the file it should be, not a device or a dump."));
            }

            buffer.Write(chunk, 0, count);
        }

        return (buffer.ToArray(), null);
    }
}
