using System.Globalization;
using System.Text;

namespace Toolkit.Testing.PublicApi;

/// <summary>
/// A unified diff of two texts by lines (longest common subsequence), with a few lines of context, cut after
/// <c>maxLines</c> output lines: enough to see what changed in an assertion message.
/// </summary>
public static class LineDiff
{
    private const int Context = 2;

    /// <summary>The hunks that turn <paramref name="expected"/> into <paramref name="actual"/>; empty when equal.</summary>
    public static string Unified(string expected, string actual, int maxLines = 60)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var edits = Edits(expected.Split('\n'), actual.Split('\n'));
        var changed = edits.Select((e, i) => (e, i)).Where(x => x.e.Kind != ' ').Select(x => x.i).ToList();
        if (changed.Count == 0)
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        var lines = 0;
        var shown = 0;
        var hunkStart = 0;
        while (hunkStart < changed.Count && lines < maxLines)
        {
            // A hunk runs while changes are closer than twice the context.
            var hunkEnd = hunkStart;
            while (hunkEnd + 1 < changed.Count && changed[hunkEnd + 1] - changed[hunkEnd] <= 2 * Context)
            {
                hunkEnd++;
            }

            var from = Math.Max(0, changed[hunkStart] - Context);
            var to = Math.Min(edits.Count - 1, changed[hunkEnd] + Context);
            var first = edits[from];
            output.Append(CultureInfo.InvariantCulture, $"@@ -{first.Old + 1} +{first.New + 1} @@\n");
            for (var i = from; i <= to && lines < maxLines; i++, lines++)
            {
                output.Append(edits[i].Kind).Append(edits[i].Text).Append('\n');
                shown += edits[i].Kind == ' ' ? 0 : 1;
            }

            hunkStart = hunkEnd + 1;
        }

        var remaining = changed.Count - shown;
        return remaining > 0 ? output.Append(CultureInfo.InvariantCulture, $"... and {remaining} more changed lines\n").ToString() : output.ToString();
    }

    /// <summary>Each line kept (' '), removed ('-') or added ('+'), with its line index in the old and new text.</summary>
    private static List<(char Kind, string Text, int Old, int New)> Edits(string[] a, string[] b)
    {
        // Common prefix and suffix first: API diffs are small, so the quadratic table stays small too.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = Enumerable.Range(0, prefix).Select(i => (' ', a[i], i, i)).ToList();
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                edits.Add((' ', a[prefix + x], prefix + x, prefix + y));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // Removals before additions, as unified diffs show a replaced line.
                edits.Add(('-', a[prefix + x], prefix + x, prefix + y));
                x++;
            }
            else
            {
                edits.Add(('+', b[prefix + y], prefix + x, prefix + y));
                y++;
            }
        }

        edits.AddRange(Enumerable.Range(0, suffix).Select(i => (' ', a[prefix + n + i], prefix + n + i, prefix + m + i)));
        return edits;
    }
}
