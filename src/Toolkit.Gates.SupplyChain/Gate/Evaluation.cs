using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Gate;

/// <summary>What one evaluation has found so far; filled by each check, read by the report and the outcome.</summary>
internal sealed class Evaluation(GateContext context, SupplyChainOptions options, DependencyInventory head, DependencyInventory? baseline, string? baseRef)
{
    public GateContext Context { get; } = context;

    public SupplyChainOptions Options { get; } = options;

    public DependencyInventory Head { get; } = head;

    public DependencyInventory? Baseline { get; } = baseline;

    public string? BaseRef { get; } = baseRef;

    public IReadOnlyList<ComponentChange> Changes { get; set; } = [];

    public List<Finding> Findings { get; } = [];

    public List<ThresholdResult> Thresholds { get; } = [];

    public List<EvidenceItem> Evidence { get; } = [];

    public List<VulnerabilityRow> Vulnerabilities { get; } = [];

    public SortedDictionary<VulnerabilitySeverity, int> NewCounts { get; } = [];

    public List<(Component Component, string Verdict)> LicenseRows { get; } = [];

    public int LicenseViolations { get; set; }

    public int UnverifiedArtifacts { get; set; }

    public int MutableImages { get; set; }

    public List<Provenance.AttestationCheck> Attestations { get; } = [];

    public bool VulnerabilitiesChecked { get; set; }

    /// <summary>Where the advisories came from (offline database, OSV API, its cache), one line each for the report.</summary>
    public List<string> AdvisorySources { get; } = [];

    /// <summary>Metrics of the advisory sources (<c>osv.*</c>), added to the verdict's.</summary>
    public Dictionary<string, double> SourceMetrics { get; } = new(StringComparer.Ordinal);
}
