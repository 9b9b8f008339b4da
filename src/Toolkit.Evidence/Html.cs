using System.Text;
using Toolkit.Core.Reporting;

namespace Toolkit.Evidence;

/// <summary>HTML escaping for text and attribute values: everything taken from a verdict goes through here.</summary>
internal static class Html
{
    public static string Escape(string? text)
    {
        var safe = TextSanitizer.WellFormed(text);
        var builder = new StringBuilder(safe.Length + 16);
        foreach (var c in safe)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' or '\t' => c.ToString(),
                _ when char.IsControl(c) => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
