using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Diff;

/// <summary>One change of a package (identified by its purl without version): versions before and after.</summary>
internal sealed record ComponentChange(ChangeKind Kind, string Key, string Name, Ecosystem Ecosystem, string? BaseVersion, string? HeadVersion);
