using System.Text;

namespace Toolkit.Core.IO;

/// <summary>The checked open every reader of user input goes through, and its forms for readers without an error channel.</summary>
public static partial class UserFiles
{
    /// <summary>
    /// A read stream over the regular file at <paramref name="path"/> (for readers that stream, such as k6 NDJSON or a
    /// zip), or why it cannot be opened: a directory, a FIFO, socket or device, a missing or unreadable file.
    /// </summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="display">How messages name the file (usually repository-relative).</param>
    public static (Stream? Stream, UserFileProblem? Problem) OpenRead(string path, string display)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(display);
        if (Directory.Exists(path))
        {
            return (null, new(display, 0, 0, "is a directory; pass a file."));
        }

        if (!File.Exists(path))
        {
            return (null, new(display, 0, 0, "does not exist."));
        }

        try
        {
            return RegularFile.OpenRead(path) is { } stream
                ? (stream, null)
                : (null, new(display, 0, 0, "is not a regular file (a pipe, socket or device); pass a file."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new(display, 0, 0, Describe(ex)));
        }
    }

    /// <summary>
    /// The text of <paramref name="path"/> decoded the way <see cref="File.ReadAllText(string)"/> decodes it (a byte order
    /// mark picks the encoding, else UTF-8 with invalid bytes replaced), for formats whose parsers judge the content.
    /// </summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="display">How messages name the file (usually repository-relative).</param>
    /// <param name="limit">The most bytes accepted; a larger file is refused.</param>
    public static (string? Text, UserFileProblem? Problem) ReadLooseText(string path, string display, long limit = DefaultLimit)
    {
        var (bytes, problem) = ReadBytes(path, display, limit);
        if (bytes is null)
        {
            return (null, problem);
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (reader.ReadToEnd(), null);
    }

    /// <summary>
    /// <see cref="ReadLooseText"/> for readers deep in a gate with no error channel: a problem is thrown as a
    /// <see cref="UserFileException"/>, which the gate runner turns into an <c>error</c> verdict naming the file.
    /// </summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="display">How messages name the file (usually repository-relative).</param>
    /// <param name="limit">The most bytes accepted; a larger file is refused.</param>
    /// <exception cref="UserFileException">The file cannot be read.</exception>
    public static string ReadLooseTextOrThrow(string path, string display, long limit = DefaultLimit)
    {
        var (text, problem) = ReadLooseText(path, display, limit);
        return text ?? throw new UserFileException(problem!);
    }

    /// <summary><see cref="ReadBytes"/>, with a problem thrown as a <see cref="UserFileException"/>.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="display">How messages name the file (usually repository-relative).</param>
    /// <param name="limit">The most bytes accepted; a larger file is refused.</param>
    /// <exception cref="UserFileException">The file cannot be read.</exception>
    public static byte[] ReadBytesOrThrow(string path, string display, long limit = DefaultLimit)
    {
        var (bytes, problem) = ReadBytes(path, display, limit);
        return bytes ?? throw new UserFileException(problem!);
    }

    /// <summary><see cref="OpenRead"/>, with a problem thrown as a <see cref="UserFileException"/>.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="display">How messages name the file (usually repository-relative).</param>
    /// <exception cref="UserFileException">The file cannot be opened.</exception>
    public static Stream OpenReadOrThrow(string path, string display)
    {
        var (stream, problem) = OpenRead(path, display);
        return stream ?? throw new UserFileException(problem!);
    }
}
