using System.CommandLine;
using Toolkit.Core.Gates;
using Toolkit.Gates.SupplyChain.Gate;

namespace Toolkit.Cli.Gates;

/// <summary><c>gate supply-chain</c>: SBOMs, SBOM diff, vulnerability budget, licenses and signed provenance.</summary>
public sealed class SupplyChainGateCommand : IGateCommand
{
    private readonly Option<string?> baseRef = new("--base")
    {
        Description = "Git ref of the PR base; lockfiles there are read with git show and diffed. gates.yml: base.",
        HelpName = "git-ref",
    };

    private readonly Option<string?> osvDatabase = new("--osv-database")
    {
        Description = "Offline OSV database: a directory of OSV JSON files or an all.zip. gates.yml: osv_database.",
        HelpName = "path",
    };

    private readonly Option<string[]> sbomFormat = CreateSbomFormat();

    private readonly Option<string[]> artifact = new("--artifact")
    {
        Description = "Artifact (repository glob) that must carry a verified attestation, repeatable. gates.yml: artifacts.",
        HelpName = "glob",
    };

    private readonly Option<string[]> trustedKey = new("--trusted-key")
    {
        Description = "PEM public key trusted to sign attestations, repeatable. gates.yml: trusted_keys.",
        HelpName = "pem",
    };

    public string Gate => GateIds.SupplyChain;

    public string CommandName => "supply-chain";

    public string Description => "Supply chain: SBOMs (CycloneDX, SPDX), the dependency diff against the base, new-vulnerability budget (offline OSV), license policy, signed SLSA provenance and digest-pinned images.";

    public IReadOnlyList<string> Examples =>
    [
        "gate supply-chain --base origin/main",
        "gate supply-chain --base origin/main --osv-database osv/all.zip",
        "gate supply-chain --artifact 'dist/*.tgz' --trusted-key keys/release.pub",
    ];

    public IReadOnlyList<Option> Options => [baseRef, osvDatabase, sbomFormat, artifact, trustedKey];

    public IGate Create(ParseResult? parseResult) => new SupplyChainGate(parseResult is null ? null : new SupplyChainOverrides
    {
        BaseRef = parseResult.GetValue(baseRef),
        OsvDatabase = parseResult.GetValue(osvDatabase),
        SbomFormats = parseResult.GetValue(sbomFormat),
        Artifacts = parseResult.GetValue(artifact),
        TrustedKeys = parseResult.GetValue(trustedKey),
    });

    internal static Option<string[]> CreateSbomFormat()
    {
        var option = new Option<string[]>("--sbom-format")
        {
            Description = "SBOM format, repeatable: cyclonedx, spdx. Default: both.",
            HelpName = "format",
        };
        option.AcceptOnlyFromAmong("cyclonedx", "spdx");
        return option;
    }
}
