using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>
/// Renders a verdict as GitHub-flavoured Markdown: one renderer for both the job summary and the PR comment, so the two
/// never drift apart. Quiet when green; never longer than <see cref="MarkdownOptions.MaxCharacters"/>.
/// </summary>
public static class MarkdownVerdictRenderer
{
    /// <summary>
    /// Renders <paramref name="verdict"/>. When over budget, finding rows are dropped from the end, then whole
    /// sections, each time with a note saying what is missing and where the full report is.
    /// </summary>
    public static string Render(GateVerdict verdict, MarkdownOptions options)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxCharacters <= 0)
        {
            return string.Empty;
        }

        return MarkdownVerdictDocument.From(verdict, options).Fit(options.MaxCharacters);
    }
}
