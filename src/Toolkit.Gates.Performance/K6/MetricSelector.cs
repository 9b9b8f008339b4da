using System.Text.RegularExpressions;

namespace Toolkit.Gates.Performance.K6;

/// <summary>
/// A metric name with an optional k6 tag filter, <c>http_req_duration{status:200,method:GET}</c>: a point belongs to the
/// sub-metric when every listed tag has the listed value.
/// </summary>
public sealed partial record MetricSelector(string Text, string Metric, IReadOnlyList<KeyValuePair<string, string>> Tags)
{
    public bool IsSubMetric => Tags.Count > 0;

    public static MetricSelector? TryParse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not a k6 metric name; write name or name{{tag:value,...}}, e.g. http_req_duration{{status:200}}.";
            return null;
        }

        var tags = new List<KeyValuePair<string, string>>();
        if (match.Groups["tags"].Success)
        {
            foreach (var part in match.Groups["tags"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    error = $"'{text}': the tag filter '{part}' must be written tag:value.";
                    return null;
                }

                tags.Add(new(part[..colon].Trim(), part[(colon + 1)..].Trim()));
            }
        }

        error = null;
        var metric = match.Groups["name"].Value;
        var canonical = tags.Count == 0 ? metric : metric + "{" + string.Join(",", tags.Select(t => t.Key + ":" + t.Value)) + "}";
        return new MetricSelector(canonical, metric, tags);
    }

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9_.\-]+)\s*(\{(?<tags>[^{}]*)\})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
