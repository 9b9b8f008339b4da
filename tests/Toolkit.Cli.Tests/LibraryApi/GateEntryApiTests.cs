using Toolkit.Gates.Dr;
using Toolkit.Gates.Migrations;
using Toolkit.Gates.Performance;
using Toolkit.Gates.Policy;
using Toolkit.Gates.Slo;
using Toolkit.Gates.SupplyChain.Gate;
using Toolkit.Testing.PublicApi;

namespace Toolkit.Cli.Tests.LibraryApi;

/// <summary>
/// What a build script constructs to run a gate through <c>GateSession</c>: each gate and the overrides (or options) its
/// constructor takes. Committed as <c>api/Toolkit.Gates.txt</c> so a change shows in review, and documented, since the
/// gate projects do not report missing XML docs (CS1591) themselves.
/// </summary>
public sealed class GateEntryApiTests
{
    private static readonly Type[] Documented =
    [
        typeof(PolicyGate), typeof(PolicyOverrides),
        typeof(SloGate), typeof(SloGateOverrides),
        typeof(MigrationGate), typeof(MigrationGateOverrides), typeof(MigrationGateOptions),
        typeof(PerformanceGate), typeof(PerformanceGateOverrides),
        typeof(DrGate), typeof(DrGateOverrides), typeof(DrGateOptions), typeof(DrSystem),
    ];

    /// <summary>In the snapshot, not yet in the documentation check: its project is being changed on another branch.</summary>
    private static readonly Type[] NotYetDocumented = [typeof(SupplyChainGate), typeof(SupplyChainOverrides)];

    [Fact]
    public void Gate_entry_API_matches_the_committed_api_file() =>
        ApiSnapshot.Match("Toolkit.Gates", ApiSurface.Render("the gate entry types", [.. Documented, .. NotYetDocumented], "Toolkit.Cli.Tests (GateEntryApiTests)"));

    [Fact]
    public void Every_gate_entry_type_and_member_has_an_XML_doc()
    {
        var missing = XmlDocCoverage.Missing(Documented);

        Assert.True(missing.Count == 0, "Undocumented gate entry API (a record documents its properties with <param>):\n" + string.Join("\n", missing));
    }
}
