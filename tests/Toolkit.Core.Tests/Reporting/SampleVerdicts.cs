using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;

namespace Toolkit.Core.Tests.Reporting;

/// <summary>Verdicts with fixed provenance and timestamps, so every rendering of them is stable.</summary>
internal static class SampleVerdicts
{
    public static readonly Provenance Provenance = new(
        "1.2.3",
        "acme/shop",
        "0123456789abcdef0123456789abcdef01234567",
        "fedcba9876543210fedcba9876543210fedcba98",
        "stage",
        new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero),
        new DateTimeOffset(2030, 1, 2, 3, 4, 17, 500, TimeSpan.Zero))
    {
        RunUrl = "https://github.com/acme/shop/actions/runs/42/attempts/1",
    };

    public static GateVerdict Passing() => new("slo-gates", VerdictStatus.Pass, "All 3 thresholds held.")
    {
        Environment = "stage",
        Metrics = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["burn"] = 0, ["error_rate"] = 0.004, ["p95_ms"] = 127 },
        Thresholds =
        [
            new ThresholdResult("p95_ms", "p95_ms<=150", 127, true),
            new ThresholdResult("error_rate", "error_rate<0.01", 0.004, true),
            new ThresholdResult("burn", "burn==0", 0, true),
        ],
        Evidence = [new EvidenceItem("slo/stage_0123456.png", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")],
        Provenance = Provenance,
    };

    public static GateVerdict Failing() => new("supply-chain", VerdictStatus.Fail, "2 new vulnerabilities, 1 waived.")
    {
        Environment = "stage",
        Metrics = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["critical_new"] = 1, ["high_new"] = 1 },
        Thresholds = [new ThresholdResult("critical_new", "critical_new==0", 1, false), new ThresholdResult("image_mb", "image_mb<=180", null, true)],
        Findings =
        [
            new Finding(
                "GHSA-aaaa-bbbb-cccc",
                Severity.Error,
                "lodash 4.17.20 has prototype pollution | fixed in `4.17.21` <script>",
                new SourceLocation("web/package-lock.json", 120, 5, 120, 30),
                "https://github.com/advisories/GHSA-aaaa-bbbb-cccc",
                Properties: new Dictionary<string, string> { ["fixed"] = "4.17.21", ["advisory_severity"] = "critical" })
            {
                Title = "Prototype pollution in lodash",
            },
            new Finding("mutable-tag", Severity.Warning, "Image uses the mutable tag :latest\nPin a digest.", new SourceLocation("deploy/web.yaml", 7)),
            new Finding("sbom-missing", Severity.Error, "No SBOM was produced for image gateway."),
            new Finding("GHSA-aaaa-bbbb-cccc", Severity.Note, "Also reachable from a dev dependency.", new SourceLocation("web/My App/package.json")),
        ],
        Waived =
        [
            new WaivedFinding(
                new Finding("GHSA-dddd-eeee-ffff", Severity.Error, "minimist 1.2.5 has prototype pollution", new SourceLocation("api/package-lock.json", 88)),
                new Waiver("supply-chain", "GHSA-dddd-eeee-ffff", "api/**", "Not reachable: build-time only", "@platform", new DateOnly(2030, 3, 31), new SourceLocation(".github/gates.yml", 12))),
        ],
        Evidence = [new EvidenceItem("sbom/web.spdx.json", "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")],
        Provenance = Provenance,
    };

    public static GateVerdict Erroring() => new("migration-gate", VerdictStatus.Error, "Could not connect to the shadow database: timeout after 30s.")
    {
        Environment = "stage",
        Provenance = Provenance,
    };

    /// <summary>A failing verdict with <paramref name="count"/> findings, every tenth an error.</summary>
    public static GateVerdict WithFindings(int count, int messageLength = 40) => new("policy-ci", VerdictStatus.Fail, $"{count} findings.")
    {
        Findings = Enumerable.Range(0, count).Select(i => new Finding(
            $"rule-{i % 37}",
            i % 10 == 0 ? Severity.Error : i % 3 == 0 ? Severity.Note : Severity.Warning,
            $"finding {i} " + new string('x', Math.Max(0, messageLength)),
            new SourceLocation($"src/module{i % 101}/file{i}.cs", (i % 500) + 1, 3),
            Fingerprint: $"fp-{i}")).ToList(), // given, so 100,000 findings do not spend seconds hashing
        Provenance = Provenance,
    };
}
