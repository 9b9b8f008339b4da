using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Slo.Model;

/// <summary>A synthetic HTTP probe; <c>${BASE_URL}</c> in the URL is replaced by the base URL.</summary>
internal sealed record Probe(string Method, string UrlTemplate, SourceLocation Location)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string? Body { get; init; }

    /// <summary>The default value is 200.</summary>
    public int ExpectStatus { get; init; } = 200;

    /// <summary>A substring the response body must contain, when set.</summary>
    public string? ExpectBody { get; init; }

    /// <summary>Per-request timeout. The default value is 5 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many requests; null means the gate's <c>probe_count</c>.</summary>
    public int? Count { get; init; }
}
