using System.Security.Cryptography;
using System.Text;
using Toolkit.Core.Gates;
using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;

namespace Toolkit.Testing;

/// <summary>
/// A gates output directory as <c>gate run</c> leaves it: a verdict per gate, each gate's evidence in its own folder
/// with the hashes the verdict records, and a Markdown report per gate. One finding message is hostile HTML.
/// </summary>
public static class SampleGateOutput
{
    public const string Commit = "4f2c9a1e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a";

    public const string Base = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";

    /// <summary>A finding message that would run script and fetch a URL if it were not escaped.</summary>
    public const string HostileMessage = "<script>document.title='pwned'</script><img src=x onerror=alert(1)> & \"quoted\" 'single'";

    /// <summary>Writes the sample into <paramref name="directory"/> and returns the relative paths written.</summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        var written = new List<string>();
        string Evidence(string path, string content)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content, new UTF8Encoding(false));
            written.Add(path);
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full)));
        }

        EvidenceItem Item(string path, string content) => new(path, Evidence(path, content));

        var verdicts = new[]
        {
            new GateVerdict(GateIds.Slo, VerdictStatus.Pass, "2 golden paths within SLO; no burn")
            {
                Environment = "stage",
                Metrics = Metrics(("p95_ms", 127), ("error_rate", 0.004), ("burn", 0)),
                Thresholds = [new("p95_ms", "p95_ms<=150", 127, true), new("error_rate", "error_rate<0.01", 0.004, true), new("burn", "burn==0", 0, true)],
                Evidence = [Item("slo-gates/slo/checkout.json", "{\"path\":\"checkout\",\"p95_ms\":127}\n"), Item("slo-gates/slo/checkout.burn.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")],
            },
            new GateVerdict(GateIds.Performance, VerdictStatus.Pass, "12 compared, 0 regressed; headroom web 0.31")
            {
                Environment = "stage",
                Metrics = Metrics(("headroom.web", 0.31), ("headroom.api", 0.27), ("perf.regressions", 0)),
                Thresholds = [new("headroom.web", "headroom.web>=0.2", 0.31, true)],
                Evidence = [Item("performance-gate/perf/baseline.json", "{\"commit\":\"base\"}\n"), Item("performance-gate/perf/headroom.json", "{\"web\":0.31,\"api\":0.27}\n")],
            },
            new GateVerdict(GateIds.SupplyChain, VerdictStatus.Warn, "214 components; 1 new medium vulnerability")
            {
                Environment = "stage",
                Metrics = Metrics(("components", 214), ("vulnerabilities.new", 1)),
                Findings = [new Finding("GHSA-aaaa-bbbb-cccc", Severity.Warning, "lodash 4.17.20 has a medium prototype pollution advisory.", new SourceLocation("package-lock.json", 120))],
                Waived = [new WaivedFinding(new Finding("GHSA-dddd-eeee-ffff", Severity.Error, "critical in an unused transitive"), new Waiver(GateIds.SupplyChain, "GHSA-dddd-eeee-ffff", "**", "not reachable", "@security", new DateOnly(2099, 1, 31), new SourceLocation(".github/gates.yml", 9)))],
                Evidence =
                [
                    Item("supply-chain/sbom.spdx.json", "{\"spdxVersion\":\"SPDX-2.3\"}\n"),
                    Item("supply-chain/sbom.cdx.json", "{\"bomFormat\":\"CycloneDX\"}\n"),
                    Item("supply-chain/sbom-diff.json", "{\"base\":null,\"changes\":[]}\n"),
                    Item("supply-chain/attestations/app.tgz.intoto.jsonl", "{\"payloadType\":\"application/vnd.in-toto+json\"}\n"),
                ],
            },
            new GateVerdict(GateIds.Migrations, VerdictStatus.Pass, "1 new migration in 1 directory; dry run ok, rollback proven")
            {
                Environment = "stage",
                Metrics = Metrics(("migrations_new", 1), ("rollback_proven", 1)),
                Evidence = [Item("migration-gate/plan.json", "[]\n"), Item("migration-gate/rollback.json", "[]\n"), Item("migration-gate/shadow_parity.json", "{}\n")],
            },
            new GateVerdict(GateIds.Policy, VerdictStatus.Fail, "310 files checked: 1 error, 0 warnings")
            {
                Environment = "stage",
                Findings = [new Finding("k8s-privileged", Severity.Error, HostileMessage, new SourceLocation("deploy/<b>web</b>.yaml", 7))],
                Evidence = [Item("policy-ci/alert-hygiene.json", "{\"sev1_with_owner\":1.0}\n")],
            },
            new GateVerdict(GateIds.Dr, VerdictStatus.Pass, "2 system(s): backups within RPO, passing drills within 90d and RTO")
            {
                Environment = "stage",
                Metrics = Metrics(("orders-db.backup_age_s", 120), ("drill_recent", 1), ("systems", 2)),
                Thresholds = [new("orders-db.backup_age", "backup_age_s<=300", 120, true)],
                Evidence = [Item("dr-freshness/dr/failover.json", "{\"system\":\"orders-db\",\"result\":\"pass\"}\n"), Item("dr-freshness/dr/freshness.json", "{\"systems\":[]}\n")],
            },
        };

        foreach (var verdict in verdicts)
        {
            var stamped = verdict with
            {
                Provenance = new Provenance("0.1.0", "acme/shop", Commit, Base, "stage", new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 1, 12, 1, 0, TimeSpan.Zero)),
            };
            Evidence(VerdictJson.FileName(verdict.Gate), VerdictJson.Serialize(stamped));
            Evidence($"{verdict.Gate}.md", $"## {verdict.Gate}\n\n{verdict.Summary}\n");
        }

        return written;
    }

    private static SortedDictionary<string, double> Metrics(params (string Name, double Value)[] metrics) =>
        new(metrics.ToDictionary(m => m.Name, m => m.Value), StringComparer.Ordinal);
}
