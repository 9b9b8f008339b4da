using System.Text.Json.Serialization;

namespace Toolkit.Core.Verdicts;

/// <summary>
/// How much a finding matters. The three levels are the ones SARIF, check-run annotations and workflow commands share,
/// so every reporter maps them one to one. Domain severities (critical/high for vulnerabilities) go into
/// <see cref="Finding.Properties"/>.
/// </summary>
public enum Severity
{
    /// <summary>Blocks the gate.</summary>
    [JsonStringEnumMemberName("error")]
    Error,

    /// <summary>Reported; makes the verdict <c>warn</c> at most.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Informational.</summary>
    [JsonStringEnumMemberName("note")]
    Note,
}
