using System.Text;

namespace Toolkit.Core.IO;

/// <summary>
/// Writes a file whole or not at all: into a temporary file in the same folder, flushed to disk, then renamed over the
/// target. A full disk or a crash leaves the previous file (or none), never a truncated report, and never the temporary.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark.</summary>
    /// <param name="path">The file to replace.</param>
    /// <param name="text">Its new content.</param>
    /// <param name="cancellationToken">Stops the write; the target is left as it was.</param>
    /// <exception cref="IOException">The file could not be written (the disk is full, the folder is read-only ...).</exception>
    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WriteAsync(path, (stream, token) => stream.WriteAsync(Utf8NoBom.GetBytes(text), token).AsTask(), cancellationToken);
    }

    /// <summary>Writes what <paramref name="write"/> puts into the stream it is given.</summary>
    /// <param name="path">The file to replace.</param>
    /// <param name="write">Writes the content; anything it throws leaves the target as it was.</param>
    /// <param name="cancellationToken">Stops the write; the target is left as it was.</param>
    /// <exception cref="IOException">The file could not be written (the disk is full, the folder is read-only ...).</exception>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (IOException ex) when (ex is not UserFileException)
        {
            // Name the report the user knows, not the temporary file that is already gone.
            throw new IOException($"cannot write {full}: {ex.Message}", ex);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
