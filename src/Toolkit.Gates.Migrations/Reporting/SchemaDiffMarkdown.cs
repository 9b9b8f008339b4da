using System.Text;
using Toolkit.Core.Reporting;
using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations.Reporting;

/// <summary>The schema diff as a Markdown table per directory, for the PR comment and the evidence pack.</summary>
internal static class SchemaDiffMarkdown
{
    public static string Render(IReadOnlyDictionary<string, DryRunResult> dryRuns)
    {
        var builder = new StringBuilder();
        foreach (var (directory, result) in dryRuns.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            builder.Append("### Schema diff: ").Append(MarkdownText.Code(directory, inTable: false)).Append("\n\n");
            var diff = result.SchemaDiff;
            if (diff.Count == 0)
            {
                builder.Append("No schema changes.\n\n");
                continue;
            }

            var table = new MarkdownTable("Change", "Kind", "Object", "Definition");
            foreach (var change in diff)
            {
                table.AddMarkdownRow(MarkdownText.Escape(change.Change), MarkdownText.Escape(change.Kind), MarkdownText.Code(change.Name), MarkdownText.Escape(change.After ?? change.Before ?? string.Empty));
            }

            builder.Append(table.ToString()).Append('\n');
        }

        return builder.ToString();
    }
}
