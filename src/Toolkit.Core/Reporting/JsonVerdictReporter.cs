using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>The verdict file itself, <c>&lt;gate&gt;.verdict.json</c>: what <c>gate decide</c> and <c>gate publish</c> read.</summary>
public sealed class JsonVerdictReporter : IVerdictReporter
{
    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public string FileName(string gate) => VerdictJson.FileName(gate);

    /// <inheritdoc/>
    public string Render(GateVerdict verdict) => VerdictJson.Serialize(verdict);
}
