using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>A SARIF rule descriptor: one per rule id among the results.</summary>
internal sealed record SarifRule(string Id, string ShortDescription, string? HelpUri, Severity Level)
{
    /// <summary>From the finding property <c>description</c>: what the rule checks and why.</summary>
    public string? FullDescription { get; init; }

    /// <summary>From the finding property <c>fix</c>: the safe alternative, shown as the rule's help.</summary>
    public string? Help { get; init; }
}
