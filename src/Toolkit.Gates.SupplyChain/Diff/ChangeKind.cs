namespace Toolkit.Gates.SupplyChain.Diff;

/// <summary>How a component changed between the base and the head.</summary>
internal enum ChangeKind
{
    Added,
    Removed,
    Upgraded,
    Downgraded,
}
