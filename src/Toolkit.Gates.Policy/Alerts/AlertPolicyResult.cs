namespace Toolkit.Gates.Policy.Alerts;

/// <summary>What checking one rule file's alerts found: the findings and the counts behind the runbook and owner coverage.</summary>
internal sealed record AlertPolicyResult(IReadOnlyList<Finding> Findings, AlertStats Stats);
