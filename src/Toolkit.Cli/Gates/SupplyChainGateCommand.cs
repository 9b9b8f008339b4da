using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.GitHub.DependencyGraph;
using Toolkit.Gates.SupplyChain;

namespace Toolkit.Cli.Gates;

/// <summary><c>gate supply-chain</c>: SBOMs, SBOM diff, vulnerability budget, licenses and signed provenance.</summary>
public sealed class SupplyChainGateCommand : IGateCommand
{
    private readonly Option<string?> baseRef = GitRefOption.Create("--base", "Git ref of the PR base; lockfiles there are read with git show and diffed. gates.yml: base.");

    private readonly Option<string?> osvDatabase = new("--osv-database")
    {
        Description = "Offline OSV database: a directory of OSV JSON files or an all.zip. gates.yml: osv_database.",
        HelpName = "path",
    };

    private readonly Option<bool> osvApi = new("--osv-api")
    {
        Description = "Also ask the OSV API (api.osv.dev, cached on disk) about every package version. gates.yml: osv_api.",
    };

    private readonly Option<string?> osvApiUrl = CreateOsvApiUrl();

    private readonly Option<bool> osvOffline = new("--osv-offline")
    {
        Description = "Use only the OSV API cache, never the network; a package version without a cached answer is an error. gates.yml: osv_api.offline.",
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

    public string Description => "Supply chain: SBOMs (CycloneDX, SPDX), the dependency diff against the base, new-vulnerability budget (OSV offline database and/or API), license policy, signed SLSA provenance and digest-pinned images.";

    public IReadOnlyList<string> Examples =>
    [
        "gate supply-chain --base origin/main",
        "gate supply-chain --base origin/main --osv-database osv/all.zip",
        "gate supply-chain --base origin/main --osv-api",
        "gate supply-chain --artifact 'dist/*.tgz' --trusted-key keys/release.pub",
    ];

    public IReadOnlyList<Option> Options => [baseRef, osvDatabase, osvApi, osvApiUrl, osvOffline, sbomFormat, artifact, trustedKey];

    /// <inheritdoc/>
    public IReadOnlyList<ConfigDiagnostic> Validate(GateSection section) => SupplyChainOptionsBinder.Bind(section, null).Diagnostics;

    public IGate Create(ParseResult? parseResult) => new SupplyChainGate(parseResult is null ? null : new SupplyChainOverrides
    {
        BaseRef = parseResult.GetValue(baseRef),
        OsvDatabase = parseResult.GetValue(osvDatabase),
        OsvApi = parseResult.GetValue(osvApi) ? true : null,
        OsvApiUrl = parseResult.GetValue(osvApiUrl) is { } url ? new Uri(url, UriKind.Absolute) : null,
        OsvOffline = parseResult.GetValue(osvOffline) ? true : null,
        SbomFormats = parseResult.GetValue(sbomFormat),
        Artifacts = parseResult.GetValue(artifact),
        TrustedKeys = parseResult.GetValue(trustedKey),
    }, dependencyReview: GitHubDependencyReview.FromEnvironment(RunEnvironment.Process, GateToken.From(parseResult)));

    private static Option<string?> CreateOsvApiUrl()
    {
        var option = new Option<string?>("--osv-api-url")
        {
            Description = "OSV API root (a mirror); turns the API on. Default: https://api.osv.dev. gates.yml: osv_api.url.",
            HelpName = "url",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text &&
                !(Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
            {
                result.AddError($"--osv-api-url must be an absolute http(s) URL such as https://api.osv.dev, not '{text}'.");
            }
        });
        return option;
    }

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
