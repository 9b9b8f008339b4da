namespace Toolkit.Core.Reporting;

/// <summary>How <see cref="MarkdownVerdictRenderer"/> renders a verdict for a job summary or a PR comment.</summary>
public sealed record MarkdownOptions
{
    /// <summary>The default options: GitHub's comment limit, no marker, no hint.</summary>
    public static MarkdownOptions Default { get; } = new();

    /// <summary>
    /// The hard limit on the rendered length in UTF-16 characters, never exceeded.
    /// <value>The default value is 65,536, GitHub's limit for a PR comment body.</value>
    /// </summary>
    public int MaxCharacters { get; init; } = 65_536;

    /// <summary>
    /// An HTML comment placed as the first line, e.g. <c>&lt;!-- toolkit:gate=supply-chain --&gt;</c>, so a comment
    /// can be found and updated in place. Text without <c>&lt;!--</c> is wrapped in one.
    /// <value>The default value is null: no marker.</value>
    /// </summary>
    public string? Marker { get; init; }

    /// <summary>
    /// Where the complete report is, named in truncation notes, e.g. <c>full report: artifacts/gates/supply-chain.sarif</c>.
    /// <value>The default value is null.</value>
    /// </summary>
    public string? FullReportHint { get; init; }

    /// <summary>
    /// The most finding rows shown before the rest are summarised in a note.
    /// <value>The default value is 200.</value>
    /// </summary>
    public int MaxFindingRows { get; init; } = 200;

    /// <summary>The conventional marker of a gate's comment: <c>&lt;!-- toolkit:gate=&lt;gate&gt; --&gt;</c>.</summary>
    public static string GateMarker(string gate) => $"<!-- toolkit:gate={gate} -->";
}
