using System.Text;
using Toolkit.Gates.Policy.Alerts.PromQl;

namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>Writes a parsed selector back as PromQL (for the series API) and evaluates its matchers on label values.</summary>
internal static class SelectorText
{
    public static string Format(PromVectorSelector selector) => Format(selector.Name, selector.Matchers);

    public static string Format(string? name, IEnumerable<PromMatcher> matchers)
    {
        var list = matchers.Where(m => !(name is not null && m.Label == "__name__" && m.Operator == "=" && m.Value == name)).ToList();
        var text = new StringBuilder(name ?? string.Empty);
        if (list.Count > 0 || name is null)
        {
            text.Append('{').AppendJoin(", ", list.Select(Format)).Append('}');
        }

        return text.ToString();
    }

    public static string Format(PromMatcher matcher) => $"{matcher.Label}{matcher.Operator}\"{Escape(matcher.Value)}\"";

    /// <summary>Prometheus semantics: a regex is anchored at both ends; an absent label has the value "".</summary>
    public static bool Matches(PromMatcher matcher, string value) => matcher.Operator switch
    {
        "=" => value == matcher.Value,
        "!=" => value != matcher.Value,
        "=~" => Full(matcher.Value, value),
        "!~" => !Full(matcher.Value, value),
        _ => false,
    };

    private static bool Full(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return false; // RE2 syntax .NET does not read: treated as not matching, the series API still decides
        }
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
