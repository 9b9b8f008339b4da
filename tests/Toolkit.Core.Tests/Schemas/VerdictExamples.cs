using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;

namespace Toolkit.Core.Tests.Schemas;

/// <summary>Hand-made verdicts covering every optional part of the document.</summary>
internal static class VerdictExamples
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.FromHours(2));

    private static readonly Finding Full = new(
        "GHSA-aaaa-bbbb-cccc",
        Severity.Error,
        "Newtonsoft.Json 12.0.1 has a known vulnerability; upgrade to 13.0.1.",
        new SourceLocation("src/App/App.csproj", 12, 5, 12, 60),
        "https://github.com/advisories/GHSA-aaaa-bbbb-cccc",
        Properties: new Dictionary<string, string> { ["advisory_severity"] = "high", ["fixed_version"] = "13.0.1" })
    {
        Title = "Vulnerable dependency",
        Aliases = ["CVE-2024-0001"],
    };

    public static IReadOnlyDictionary<string, GateVerdict> All { get; } = new Dictionary<string, GateVerdict>(StringComparer.Ordinal)
    {
        ["minimal pass"] = new(GateIds.Slo, VerdictStatus.Pass, "All SLOs hold."),
        ["warn with a note"] = new(GateIds.Policy, VerdictStatus.Warn, "1 warning")
        {
            Findings = [new Finding("unused-waiver", Severity.Warning, "Waiver is unused."), new Finding("info", Severity.Note, "FYI", new SourceLocation("a.yml"))],
            Environment = "stage",
        },
        ["fail with everything"] = new(GateIds.SupplyChain, VerdictStatus.Fail, "1 new vulnerability")
        {
            Metrics = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["components"] = 412, ["ratio"] = 0.25, ["negative"] = -3.5e-7 },
            Thresholds = [new ThresholdResult("new_critical", "new_critical<=0", 1, false), new ThresholdResult("p95_ms", "p95_ms<=150", null, true)],
            Findings = [Full],
            Waived = [new WaivedFinding(Full with { RuleId = "GHSA-dddd-eeee-ffff", Severity = Severity.Warning }, new Waiver(GateIds.SupplyChain, "GHSA-dddd-*", "**", "not reachable", "@platform", new DateOnly(2030, 1, 31), new SourceLocation(".github/gates.yml", 10, 5)))],
            Evidence = [new EvidenceItem("supply-chain/sbom.cdx.json", new string('a', 64)) { Signature = "MEUCIQ..." }, new EvidenceItem("supply-chain/audit.json", new string('0', 64))],
            Provenance = new Provenance("0.1.0", "octo/app", new string('1', 40), new string('2', 40), "prod", Start, Start.AddSeconds(42)) { RunUrl = "https://github.com/octo/app/actions/runs/1/attempts/2" },
        },
        ["error fail-open without provenance details"] = new(GateIds.Migrations, VerdictStatus.Error, "Could not connect to PostgreSQL.")
        {
            FailOpen = true,
            Provenance = new Provenance("0.1.0", null, null, null, "default", Start, Start),
        },
        ["unknown gate name"] = new("custom-gate", VerdictStatus.Pass, string.Empty) { Environment = "preview-42" },
    };
}
