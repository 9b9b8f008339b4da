using System.Text;
using Toolkit.Core.Runtime;

namespace Toolkit.Core.Actions;

/// <summary>
/// Appends Markdown to the job summary (<c>$GITHUB_STEP_SUMMARY</c>) within GitHub's 1 MiB per-step limit. Content that
/// would go over is cut at a line boundary and followed by a note that points at the full report; GitHub would
/// otherwise drop the whole summary of the step.
/// </summary>
public sealed class StepSummary
{
    /// <summary>GitHub's limit on a step's summary file, in bytes.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly RunEnvironment environment;
    private readonly long limitBytes;

    /// <param name="environment">Where <c>GITHUB_STEP_SUMMARY</c> is read from.</param>
    /// <param name="limitBytes">The limit in bytes. The default value is <see cref="MaxBytes"/>.</param>
    public StepSummary(RunEnvironment environment, long limitBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitBytes);
        this.environment = environment;
        this.limitBytes = limitBytes;
    }

    /// <summary>
    /// Appends <paramref name="markdown"/>, truncated when the file would exceed the limit.
    /// </summary>
    /// <param name="markdown">The Markdown to add.</param>
    /// <param name="fullReport">Where the full report is (an artifact name, a path, a URL), named in the truncation note.</param>
    /// <returns>False when there is no summary file to write (not in Actions) or nothing fits; true otherwise.</returns>
    /// <exception cref="IOException">The summary file cannot be written (a directory, read-only, a full disk); the
    /// message names <c>GITHUB_STEP_SUMMARY</c> and the path, so a lost summary is never silent.</exception>
    public bool Append(string markdown, string fullReport)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(fullReport);
        var path = environment.StepSummaryPath;
        if (path is null)
        {
            return false;
        }

        try
        {
            var existing = File.Exists(path) ? new FileInfo(path).Length : 0;
            var text = Fit(markdown, fullReport, limitBytes - existing);
            if (text is null)
            {
                return false;
            }

            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write GITHUB_STEP_SUMMARY ({path}): {ex.Message.TrimEnd('.')}. The job summary is incomplete; make it writable or unset it.", ex);
        }
    }

    /// <summary>
    /// The text to append within <paramref name="budget"/> bytes: all of it, or whole lines plus the truncation note,
    /// or null when not even the note fits.
    /// </summary>
    internal static string? Fit(string markdown, string fullReport, long budget)
    {
        if (Utf8.GetByteCount(markdown) <= budget)
        {
            return markdown;
        }

        var note = $"\n> [!NOTE]\n> Summary truncated; the full report is {fullReport}\n";
        var room = budget - Utf8.GetByteCount(note);
        if (room < 0)
        {
            return null;
        }

        // Walk whole characters so a multi-byte sequence is never cut, and keep the last full line that fits.
        long used = 0;
        var cut = 0;
        for (var i = 0; i < markdown.Length;)
        {
            var length = char.IsHighSurrogate(markdown[i]) && i + 1 < markdown.Length && char.IsLowSurrogate(markdown[i + 1]) ? 2 : 1;
            used += Utf8.GetByteCount(markdown.AsSpan(i, length));
            if (used > room)
            {
                break;
            }

            i += length;
            if (markdown[i - 1] == '\n')
            {
                cut = i;
            }
        }

        return markdown[..cut] + note;
    }
}
