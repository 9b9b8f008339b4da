using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>Each checked component's license verdict, the findings, and how many fail the gate (<c>license_violations</c>).</summary>
internal sealed record LicenseResult(IReadOnlyList<LicenseRow> Rows, IReadOnlyList<Finding> Findings, int Violations);
