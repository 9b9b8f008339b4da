using System.Globalization;
using System.Text;

namespace Toolkit.Evidence;

/// <summary>
/// What a path inside a pack may be: a plain relative file path with <c>/</c> separators. Anything an extractor could
/// turn into a write outside its folder (<c>..</c>, absolute paths, backslashes, drive letters) is refused, by the
/// packer and by the verifier alike.
/// </summary>
internal static class EntryNames
{
    public const int MaxBytes = 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The name as UTF-8, or null when the bytes are not valid UTF-8.</summary>
    public static string? Decode(byte[] raw)
    {
        try
        {
            return Strict.GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Why <paramref name="name"/> is not a safe pack path, or null when it is one.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            return "has an empty name";
        }

        if (Encoding.UTF8.GetByteCount(name) > MaxBytes)
        {
            return $"has a name longer than {MaxBytes} bytes";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "contains a backslash (a Windows path separator)";
        }

        if (name.StartsWith('/'))
        {
            return "is an absolute path";
        }

        if (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':')
        {
            return "starts with a drive letter";
        }

        if (name.Contains(':', StringComparison.Ordinal))
        {
            return "contains ':' (a drive or stream separator)";
        }

        if (name.Any(c => char.IsControl(c) || char.IsSurrogate(c)))
        {
            return "contains control characters";
        }

        if (name.EndsWith('/'))
        {
            return "is a directory entry";
        }

        var segments = name.Split('/');
        if (segments.Contains(".."))
        {
            return "escapes the pack ('..' path segment)";
        }

        return segments.Any(s => s is "" or ".") ? "has an empty or '.' path segment" : null;
    }

    /// <summary>The name made safe to print: control and bidirectional-override characters escaped, invalid bytes as \xNN.</summary>
    public static string Display(byte[] raw, string? name)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var builder = new StringBuilder();
        if (name is null)
        {
            foreach (var b in raw)
            {
                builder.Append(b is >= 0x20 and < 0x7F ? ((char)b).ToString() : string.Create(CultureInfo.InvariantCulture, $"\\x{b:X2}"));
            }

            return builder.ToString();
        }

        foreach (var c in name)
        {
            builder.Append(Unsafe(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Display form of a name that was already decoded (from a manifest, or the packer's own paths).</summary>
    public static string Display(string name) => Display(Encoding.UTF8.GetBytes(name), name);

    private static bool Unsafe(char c) =>
        char.IsControl(c) || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
