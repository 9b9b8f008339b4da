using Toolkit.Gates.SupplyChain.Vulnerabilities;
using Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

namespace Toolkit.Gates.SupplyChain;

/// <summary>
/// The supply-chain gate's options, bound from <c>gates.supply-chain</c> in <c>.github/gates.yml</c> by
/// <see cref="SupplyChainOptionsBinder"/> (command-line values win over the file), each default stated here once.
/// </summary>
public sealed record SupplyChainOptions
{
    /// <summary>SBOM formats written as evidence: <c>cyclonedx</c>, <c>spdx</c>. <value>The default value is both.</value></summary>
    public IReadOnlyList<string> SbomFormats { get; init; } = ["cyclonedx", "spdx"];

    /// <summary>
    /// Offline OSV database: a directory of OSV JSON files or an OSV <c>all.zip</c>, relative to the repository.
    /// <value>The default value is null: vulnerabilities are not checked, and the gate warns that they were not.</value>
    /// </summary>
    public string? OsvDatabase { get; init; }

    /// <summary>
    /// The OSV API with its on-disk cache, used besides (or instead of) <see cref="OsvDatabase"/> when enabled.
    /// <value>The default value is null: the gate never touches the network.</value>
    /// </summary>
    public OsvApiOptions? OsvApi { get; init; }

    /// <summary>
    /// Most new (introduced by the change) vulnerabilities allowed per severity; severities not listed are unlimited.
    /// <value>The default value is critical 0, high 0.</value>
    /// </summary>
    public IReadOnlyDictionary<VulnerabilitySeverity, int> MaxNew { get; init; } =
        new Dictionary<VulnerabilitySeverity, int> { [VulnerabilitySeverity.Critical] = 0, [VulnerabilitySeverity.High] = 0 };

    /// <summary>Most vulnerabilities allowed in total (base included) per severity. <value>The default value is no limit.</value></summary>
    public IReadOnlyDictionary<VulnerabilitySeverity, int> MaxTotal { get; init; } = new Dictionary<VulnerabilitySeverity, int>();

    /// <summary>SPDX ids allowed; when not empty nothing else is. <value>The default value is empty (everything not denied).</value></summary>
    public IReadOnlyList<string> LicenseAllow { get; init; } = [];

    /// <summary>SPDX ids denied. <value>The default value is empty.</value></summary>
    public IReadOnlyList<string> LicenseDeny { get; init; } = [];

    /// <summary>Unknown licenses. <value>The default value is <see cref="UnknownLicenseMode.Warn"/>.</value></summary>
    public UnknownLicenseMode UnknownLicenses { get; init; } = UnknownLicenseMode.Warn;

    /// <summary>Whether development-only packages (npm <c>dev</c>) are checked. <value>The default value is true.</value></summary>
    public bool IncludeDev { get; init; } = true;

    /// <summary>Artifacts (repository globs) that must carry a verified attestation. <value>The default value is none.</value></summary>
    public IReadOnlyList<string> Artifacts { get; init; } = [];

    /// <summary>Where attestations are, besides next to each artifact. <value>The default value is null.</value></summary>
    public string? AttestationsDirectory { get; init; }

    /// <summary>PEM public keys (repository paths) whose signatures are trusted. <value>The default value is none.</value></summary>
    public IReadOnlyList<string> TrustedKeys { get; init; } = [];

    /// <summary>Manifests (globs) whose image references must be pinned by digest. <value>The default value is none.</value></summary>
    public IReadOnlyList<string> Manifests { get; init; } = [];

    /// <summary>The git ref to diff against; overrides the run's base ref. <value>The default value is null.</value></summary>
    public string? BaseRef { get; init; }

    /// <summary>
    /// Whether to read GitHub's dependency review of the change (<c>dependency_review</c>): true requires it (an error
    /// when it cannot be read), false never asks. <value>The default value is null (auto): read inside a GitHub
    /// Actions job when the token may, and note it when GitHub refuses.</value>
    /// </summary>
    public bool? DependencyReview { get; init; }
}
