using System.Text.Json.Serialization;

namespace Toolkit.Core.Verdicts;

/// <summary>The outcome of one gate. Serialized in lower case: <c>pass</c>, <c>warn</c>, <c>fail</c>, <c>error</c>.</summary>
public enum VerdictStatus
{
    /// <summary>Every check held.</summary>
    [JsonStringEnumMemberName("pass")]
    Pass,

    /// <summary>Checks held, but something deserves attention (warnings, unused waivers).</summary>
    [JsonStringEnumMemberName("warn")]
    Warn,

    /// <summary>A check did not hold.</summary>
    [JsonStringEnumMemberName("fail")]
    Fail,

    /// <summary>The gate could not evaluate (bad config, unreachable service, parse error). Fails unless fail-open.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
