using System.Text.RegularExpressions;

namespace Toolkit.Gates.Policy.Tests.Samples;

/// <summary>
/// Reads the expected findings a sample declares in itself: <c># expect: rule-a, rule-b</c> at the end of a line means
/// those rules fire on that line; a Dockerfile comment line <c># expect-next: rule</c> means on the next instruction.
/// </summary>
internal static partial class Expectations
{
    public static IReadOnlyList<(string Rule, int Line)> Of(string text)
    {
        var expected = new List<(string, int)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Next().Match(lines[i]) is { Success: true } next)
            {
                expected.AddRange(Rules(next.Groups["rules"].Value).Select(r => (r, i + 2)));
            }
            else if (Same().Match(lines[i]) is { Success: true } same)
            {
                expected.AddRange(Rules(same.Groups["rules"].Value).Select(r => (r, i + 1)));
            }
        }

        return expected.Order().ToList();
    }

    private static IEnumerable<string> Rules(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"#\s*expect-next:\s*(?<rules>.+)$")]
    private static partial Regex Next();

    [GeneratedRegex(@"#\s*expect:\s*(?<rules>.+)$")]
    private static partial Regex Same();
}
