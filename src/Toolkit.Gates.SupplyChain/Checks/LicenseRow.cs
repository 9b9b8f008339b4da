using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>One component's license verdict for the report: <c>allowed</c>, or the decision and why.</summary>
internal sealed record LicenseRow(Component Component, string Verdict);
