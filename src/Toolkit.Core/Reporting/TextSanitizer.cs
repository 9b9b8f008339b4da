using System.Text;
using System.Xml;

namespace Toolkit.Core.Reporting;

/// <summary>Makes untrusted text safe for encoders that reject what it may contain.</summary>
internal static class TextSanitizer
{
    /// <summary>Replaces lone surrogates with U+FFFD so UTF-8 encoders neither throw nor write garbage.</summary>
    public static string WellFormed(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? Filter(text, xml: false) : text;
    }

    /// <summary>Drops characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) and replaces lone surrogates.</summary>
    public static string Xml(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c))
            {
                return Filter(text, xml: true);
            }
        }

        return text;
    }

    private static string Filter(string text, bool xml)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!xml || XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
