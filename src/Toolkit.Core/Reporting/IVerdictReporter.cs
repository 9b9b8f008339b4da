using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>Renders a verdict into one report format written to the output directory.</summary>
public interface IVerdictReporter
{
    /// <summary>The name used in <c>--format</c> and <c>settings.formats</c>: json, markdown, sarif, junit.</summary>
    string Format { get; }

    /// <summary>The file name for a gate's report, e.g. <c>supply-chain.sarif</c>.</summary>
    string FileName(string gate);

    /// <summary>The report text. Never throws for any verdict; limits are enforced by truncating with a note.</summary>
    string Render(GateVerdict verdict);
}
