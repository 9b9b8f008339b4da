namespace Toolkit.Cli;

/// <summary>The gates this build of the toolkit has. Only real gates are listed: no placeholders.</summary>
public sealed class GateCatalog
{
    public GateCatalog(IEnumerable<IGateCommand> gates)
    {
        ArgumentNullException.ThrowIfNull(gates);
        Gates = gates.ToList();
    }

    /// <summary>The gates shipped with this version; each gate issue adds its command here.</summary>
    public static GateCatalog BuiltIn { get; } = new([new Gates.MigrationsGateCommand(), new Gates.PerformanceGateCommand(), new Gates.PolicyGateCommand(), new Gates.SloGateCommand(), new Gates.SupplyChainGateCommand(), new Gates.DrGateCommand()]);

    public IReadOnlyList<IGateCommand> Gates { get; }

    public IEnumerable<string> Names => Gates.Select(g => g.Gate);

    public IGateCommand? Find(string gate) => Gates.FirstOrDefault(g => g.Gate == gate);
}
