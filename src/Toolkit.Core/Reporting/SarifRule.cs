using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>A SARIF rule descriptor: one per rule id among the results.</summary>
internal sealed record SarifRule(string Id, string ShortDescription, string? HelpUri, Severity Level);
