using Toolkit.Gates.Dr;
using Toolkit.Gates.Migrations;
using Toolkit.Gates.Performance;
using Toolkit.Gates.Policy;
using Toolkit.Gates.Slo;
using Toolkit.Testing.PublicApi;

namespace Toolkit.Cli.Tests.LibraryApi;

/// <summary>
/// What a build script constructs to run a gate through <c>GateSession</c>: each gate and the overrides (or options) its
/// constructor takes, documented, since the gate projects do not report missing XML docs (CS1591) themselves. Each gate
/// project's declared surface is its PublicAPI.Shipped.txt, which Microsoft.CodeAnalysis.PublicApiAnalyzers enforces.
/// </summary>
public sealed class GateEntryApiTests
{
    private static readonly Type[] Documented =
    [
        typeof(PolicyGate), typeof(PolicyOverrides),
        typeof(SloGate), typeof(SloOverrides),
        typeof(MigrationGate), typeof(MigrationOverrides), typeof(MigrationOptions),
        typeof(PerformanceGate), typeof(PerformanceOverrides),
        typeof(DrGate), typeof(DrOverrides), typeof(DrOptions), typeof(DrSystem),
    ];

    [Fact]
    public void Every_gate_entry_type_and_member_has_an_XML_doc()
    {
        var missing = XmlDocCoverage.Missing(Documented);

        Assert.True(missing.Count == 0, "Undocumented gate entry API (a record documents its properties with <param>):\n" + string.Join("\n", missing));
    }
}
