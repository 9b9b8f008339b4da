namespace Toolkit.Core.Verdicts;

/// <summary>One thing a gate found. Findings are data; the verdict is derived from them.</summary>
/// <param name="RuleId">Stable rule identifier, e.g. <c>migration/ban-drop-column</c> or <c>GHSA-xxxx-xxxx-xxxx</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">One sentence a person can act on.</param>
/// <param name="Location">File, line and column, when the finding has a place in the repository.</param>
/// <param name="HelpUri">Where the rule is explained, with the safe alternative.</param>
/// <param name="Fingerprint">Stable identity for de-duplication across runs; computed when not given.</param>
/// <param name="Properties">Gate-specific extras (advisory severity, fixed version ...), rendered as text. The keys
/// <c>description</c> and <c>fix</c> also become the SARIF rule's fullDescription and help.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    SourceLocation? Location = null,
    string? HelpUri = null,
    string? Fingerprint = null,
    IReadOnlyDictionary<string, string>? Properties = null)
{
    /// <summary>A short title for annotations and tables; defaults to the rule id.</summary>
    public string? Title { get; init; }

    /// <summary>Other identifiers of the same thing (CVE and GHSA aliases of an advisory); waivers match these too.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Stable identity for de-duplication: the one the gate gave, or a hash of rule, path and message.</summary>
    public string Fingerprint { get; init; } = Fingerprint ?? Fingerprints.Of(RuleId, Location?.Path, Message);
}
