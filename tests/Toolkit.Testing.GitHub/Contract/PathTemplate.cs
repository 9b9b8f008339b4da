namespace Toolkit.Testing.GitHub.Contract;

/// <summary>
/// A path template such as <c>/repos/{owner}/{repo}/branches/{branch}/protection</c>. A parameter GitHub marks
/// <c>x-multi-segment</c> (a branch, a file path) may span several segments, so matching backtracks.
/// </summary>
internal sealed class PathTemplate
{
    private readonly string[] segments;
    private readonly HashSet<string> multiSegment;

    public PathTemplate(string template, IEnumerable<string> multiSegmentParameters)
    {
        Template = template;
        segments = Split(template);
        multiSegment = [.. multiSegmentParameters];
        LiteralCount = segments.Count(s => !IsParameter(s));
    }

    public string Template { get; }

    public Dictionary<string, ApiOperation> Operations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>More literal segments means more specific: <c>/attestations/bulk-list</c> beats <c>/attestations/{digest}</c>.</summary>
    public int LiteralCount { get; }

    public static string[] Split(string path) => path.Trim('/').Split('/');

    public Dictionary<string, string>? Match(string[] concrete)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        return Match(concrete, 0, 0, values) ? values : null;
    }

    private bool Match(string[] concrete, int t, int c, Dictionary<string, string> values)
    {
        if (t == segments.Length)
        {
            return c == concrete.Length;
        }

        if (c == concrete.Length)
        {
            return false;
        }

        var segment = segments[t];
        if (!IsParameter(segment))
        {
            return string.Equals(segment, concrete[c], StringComparison.Ordinal) && Match(concrete, t + 1, c + 1, values);
        }

        var name = segment[1..^1];
        if (concrete[c].Length == 0)
        {
            return false;
        }

        var longest = multiSegment.Contains(name) ? concrete.Length - c : 1;
        for (var take = longest; take >= 1; take--)
        {
            if (Match(concrete, t + 1, c + take, values))
            {
                values[name] = string.Join('/', concrete, c, take);
                return true;
            }
        }

        return false;
    }

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';
}
