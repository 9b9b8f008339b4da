namespace Toolkit.Gates.SupplyChain;

/// <summary>Values given on the command line; each one set wins over gates.yml (<see cref="SupplyChainOptionsBinder"/> applies them).</summary>
public sealed record SupplyChainOverrides
{
    /// <summary>The git ref to diff against (<c>--base</c>).</summary>
    public string? BaseRef { get; init; }

    /// <summary>The offline OSV database (<c>--osv-database</c>).</summary>
    public string? OsvDatabase { get; init; }

    /// <summary>True turns the OSV API on (with the gates.yml settings or the defaults).</summary>
    public bool? OsvApi { get; init; }

    /// <summary>The OSV API root; turns the API on.</summary>
    public Uri? OsvApiUrl { get; init; }

    /// <summary>True uses only the OSV API cache, never the network; turns the API on.</summary>
    public bool? OsvOffline { get; init; }

    /// <summary>The SBOM formats (<c>--sbom-format</c>); empty keeps gates.yml's.</summary>
    public IReadOnlyList<string>? SbomFormats { get; init; }

    /// <summary>The artifacts that must be attested (<c>--artifact</c>); empty keeps gates.yml's.</summary>
    public IReadOnlyList<string>? Artifacts { get; init; }

    /// <summary>The keys trusted to sign attestations (<c>--trusted-key</c>); empty keeps gates.yml's.</summary>
    public IReadOnlyList<string>? TrustedKeys { get; init; }

    /// <summary>
    /// Whether the gate runs inside a GitHub Actions job, where the OSV API is the default vulnerability source when
    /// neither gates.yml nor the command line names one (<c>osv_api: false</c> turns it off). <value>The default value
    /// is null: the gate decides, true when <c>GITHUB_ACTIONS=true</c> and the repository is the job's
    /// <c>GITHUB_WORKSPACE</c> (or inside it).</value>
    /// </summary>
    public bool? InGitHubActions { get; init; }
}
