using System.Reflection;
using Toolkit.Core.Gates;

namespace Toolkit.Cli.Tests.Anatomy;

/// <summary>One gate as docs/architecture.md lays it out: its assembly, the prefix of its type names, its id and rule prefix.</summary>
/// <param name="Assembly">The gate's assembly.</param>
/// <param name="Name">The prefix of its types: <c>{Name}Gate</c>, <c>{Name}Options</c>, <c>{Name}OptionsBinder</c> ...</param>
/// <param name="Id">Its id in gates.yml and verdicts.</param>
/// <param name="RulePrefix">The prefix every one of its rule ids starts with.</param>
public sealed record GateAnatomy(Assembly Assembly, string Name, string Id, string RulePrefix)
{
    public static IReadOnlyList<GateAnatomy> All { get; } =
    [
        new(Load("Toolkit.Gates.Slo"), "Slo", GateIds.Slo, "slo/"),
        new(Load("Toolkit.Gates.SupplyChain"), "SupplyChain", GateIds.SupplyChain, "supply-chain/"),
        new(Load("Toolkit.Gates.Migrations"), "Migration", GateIds.Migrations, "migration/"),
        new(Load("Toolkit.Gates.Performance"), "Performance", GateIds.Performance, "perf/"),
        new(Load("Toolkit.Gates.Policy"), "Policy", GateIds.Policy, "policy/"),
        new(Load("Toolkit.Gates.Dr"), "Dr", GateIds.Dr, "dr/"),
    ];

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    /// <summary>The root namespace, which is the assembly's name.</summary>
    public string Namespace => Assembly.GetName().Name!;

    public Type? Type(string relativeName) => Assembly.GetType($"{Namespace}.{relativeName}");

    public Type Binder => Type($"{Name}OptionsBinder") ?? throw new InvalidOperationException($"{Namespace} has no {Name}OptionsBinder");

    public override string ToString() => Id;
}
