using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>
/// The Markdown report, <c>&lt;gate&gt;.md</c>: the text of the job summary and the PR comment, with the gate's marker
/// as its first line so a comment can be updated in place.
/// </summary>
public sealed class MarkdownVerdictReporter : IVerdictReporter
{
    private readonly MarkdownOptions options;

    /// <param name="options">Rendering options; marker and hint default to the gate's marker and verdict file.</param>
    public MarkdownVerdictReporter(MarkdownOptions? options = null) => this.options = options ?? MarkdownOptions.Default;

    /// <inheritdoc/>
    public string Format => "markdown";

    /// <inheritdoc/>
    public string FileName(string gate) => $"{gate}.md";

    /// <inheritdoc/>
    public string Render(GateVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return MarkdownVerdictRenderer.Render(verdict, options with
        {
            Marker = options.Marker ?? MarkdownOptions.GateMarker(verdict.Gate),
            FullReportHint = options.FullReportHint ?? "full report: " + VerdictJson.FileName(verdict.Gate),
        });
    }
}
