using System.Globalization;

namespace Toolkit.GitHub.Publishing;

/// <summary>GitHub's length limits, applied without ever failing: cut with an ellipsis, or truncate with a note.</summary>
internal static class TextLimits
{
    /// <summary>At most <paramref name="max"/> characters, ending in an ellipsis when cut (status descriptions, titles).</summary>
    public static string Cut(string text, int max)
    {
        var single = text.ReplaceLineEndings(" ").Trim();
        return single.Length <= max ? single : Prefix(single, max - 1).TrimEnd() + "…";
    }

    /// <summary>At most <paramref name="max"/> characters; when cut, a note says how much is missing and where it is.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // The note's length depends on the count it prints; reserve room for the largest possible count.
        var kept = Prefix(text, max - Note(text.Length).Length);
        return kept + Note(text.Length - kept.Length);
    }

    private static string Note(int omitted) => string.Create(
        CultureInfo.InvariantCulture,
        $"\n\n… (truncated: {omitted} characters omitted; the full report is in the job summary and the gate artifact)");

    /// <summary>A prefix that never splits a surrogate pair.</summary>
    private static string Prefix(string text, int length)
    {
        length = Math.Clamp(length, 0, text.Length);
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
