using System.Text;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>
/// The parts of a Markdown report, rendered once and then composed to fit a character budget. Kept apart from the
/// renderer so the fitting logic works on plain strings.
/// </summary>
internal sealed partial class MarkdownVerdictDocument
{
    // Per-cell caps keep one pathological message from eating the whole budget.
    internal const int MaxMessageLength = 500;
    internal const int MaxCellLength = 200;

    // Secondary sections are capped too, so "drop finding rows first" never starves the findings for a long evidence list.
    internal const int MaxSectionRows = 100;

    private readonly string head;
    private readonly string footer;
    private readonly string? hint;
    private readonly List<MarkdownSection> before = [];
    private readonly List<MarkdownSection> after = [];
    private readonly MarkdownTable? findings;
    private readonly int findingCount;
    private readonly int findingRowCap;

    private MarkdownVerdictDocument(GateVerdict verdict, MarkdownOptions options)
    {
        hint = string.IsNullOrWhiteSpace(options.FullReportHint) ? null : options.FullReportHint.Trim();
        head = Head(verdict, options);
        footer = Footer(verdict);

        var allFindings = VerdictLists.Findings(verdict);
        var waived = VerdictLists.Waived(verdict);
        var quiet = verdict.Verdict == VerdictStatus.Pass && allFindings.Count == 0 && waived.Count == 0;
        var metrics = Metrics(verdict);
        var thresholds = Thresholds(verdict);
        var evidence = Evidence(verdict);
        var report = string.IsNullOrWhiteSpace(verdict.Details) ? null : new MarkdownSection("gate report", verdict.Details.Trim() + "\n\n");
        if (quiet)
        {
            // Green stays short: the numbers are one click away instead of filling the PR conversation.
            var inner = string.Concat(new[] { report, metrics, thresholds, evidence }.Where(s => s is not null).Select(s => s!.Text));
            if (inner.Length > 0)
            {
                before.Add(new MarkdownSection("details", "<details><summary>Details</summary>\n\n" + inner + "</details>\n\n"));
            }

            return;
        }

        AddIfAny(before, report);
        AddIfAny(before, thresholds);
        AddIfAny(before, metrics);
        if (allFindings.Count > 0)
        {
            findings = FindingsTable(allFindings, options.MaxFindingRows, out findingRowCap);
            findingCount = allFindings.Count;
        }

        AddIfAny(after, Waived(waived));
        AddIfAny(after, evidence);
    }

    public static MarkdownVerdictDocument From(GateVerdict verdict, MarkdownOptions options) => new(verdict, options);

    /// <summary>The longest composition that fits <paramref name="max"/> characters.</summary>
    public string Fit(int max)
    {
        // Sections go in this order when finding rows alone are not enough: least useful first.
        var dropOrder = after.AsEnumerable().Reverse().Concat(before.AsEnumerable().Reverse()).Select(s => s.Name).ToList();
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        for (var level = 0; level <= dropOrder.Count + 2; level++)
        {
            if (level > 0 && level <= dropOrder.Count)
            {
                dropped.Add(dropOrder[level - 1]);
            }

            var withTable = level <= dropOrder.Count;
            var withFooter = level <= dropOrder.Count + 1;
            var best = LargestFitting(max, dropped, withTable, withFooter);
            if (best is not null)
            {
                return best;
            }
        }

        return HardCut(Compose(0, dropped, withTable: false, withFooter: false), max);
    }

    private string? LargestFitting(int max, HashSet<string> dropped, bool withTable, bool withFooter)
    {
        var rows = withTable ? findingRowCap : 0;
        var full = Compose(rows, dropped, withTable, withFooter);
        if (full.Length <= max)
        {
            return full;
        }

        // Cheap early out: when not even zero rows fit, no row count will, and the next level drops a section.
        var best = rows == 0 ? null : Compose(0, dropped, withTable, withFooter);
        if (best is null || best.Length > max)
        {
            return null;
        }

        // Length grows with the row count (a row is longer than the digits the note loses), so binary search holds.
        int low = 1, high = rows - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var candidate = Compose(mid, dropped, withTable, withFooter);
            if (candidate.Length <= max)
            {
                best = candidate;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return best;
    }

    private string Compose(int findingRows, HashSet<string> dropped, bool withTable, bool withFooter)
    {
        var builder = new StringBuilder(head);
        foreach (var section in before.Where(s => !dropped.Contains(s.Name)))
        {
            builder.Append(section.Text);
        }

        if (findings is not null)
        {
            builder.Append("#### Findings (").Append(MarkdownText.Count(findingCount)).Append(")\n\n");
            if (withTable && findingRows > 0)
            {
                builder.Append(findings.ToMarkdown(findingRows)).Append('\n');
            }

            var hidden = findingCount - (withTable ? findingRows : 0);
            if (hidden > 0)
            {
                var more = hidden == findingCount ? string.Empty : "more ";
                builder.Append(Note($"{MarkdownText.Count(hidden)} {more}{(hidden == 1 ? "finding" : "findings")} not shown")).Append("\n\n");
            }
        }

        foreach (var section in after.Where(s => !dropped.Contains(s.Name)))
        {
            builder.Append(section.Text);
        }

        var droppedNames = before.Concat(after).Where(s => dropped.Contains(s.Name)).Select(s => s.Name).ToList();
        if (droppedNames.Count > 0)
        {
            builder.Append(Note($"{string.Join(", ", droppedNames)} not shown to stay under the size limit")).Append("\n\n");
        }

        if (withFooter)
        {
            builder.Append(footer);
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    private string Note(string what) => "_… " + what + (hint is null ? "._" : "; see " + MarkdownText.Escape(hint) + "._");

    // Last resort for absurdly small budgets: a prefix that keeps the marker, cut on a character boundary.
    private static string HardCut(string text, int max)
    {
        const string Ellipsis = "\n…\n";
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - Ellipsis.Length;
        return keep <= 0 ? MarkdownText.Truncate(Ellipsis.Trim(), max) : SafePrefix(text, keep) + Ellipsis;
    }

    private static string SafePrefix(string text, int length) =>
        length > 0 && char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];

    private static void AddIfAny(List<MarkdownSection> sections, MarkdownSection? section)
    {
        if (section is not null)
        {
            sections.Add(section);
        }
    }
}
