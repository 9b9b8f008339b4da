using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>The components the license and vulnerability checks look at: development-only ones only with <c>include_dev</c>.</summary>
internal static class CheckedComponents
{
    public static IEnumerable<Component> Of(SupplyChainOptions options, IEnumerable<Component> components) =>
        options.IncludeDev ? components : components.Where(c => !c.Development);
}
