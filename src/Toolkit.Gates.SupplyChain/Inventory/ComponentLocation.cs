using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Where a component is declared: repository-relative lockfile path, 1-based line and column.</summary>
internal sealed record ComponentLocation(string Path, int Line, int Column)
{
    public SourceLocation ToSource() => new(Path, Line, Column);
}
