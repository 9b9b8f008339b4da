using Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

namespace Toolkit.Gates.SupplyChain.Gate;

/// <summary>Values given on the command line; each one set wins over gates.yml.</summary>
public sealed record SupplyChainOverrides
{
    public string? BaseRef { get; init; }

    public string? OsvDatabase { get; init; }

    /// <summary>True turns the OSV API on (with the gates.yml settings or the defaults).</summary>
    public bool? OsvApi { get; init; }

    /// <summary>The OSV API root; turns the API on.</summary>
    public Uri? OsvApiUrl { get; init; }

    /// <summary>True uses only the OSV API cache, never the network; turns the API on.</summary>
    public bool? OsvOffline { get; init; }

    public IReadOnlyList<string>? SbomFormats { get; init; }

    public IReadOnlyList<string>? Artifacts { get; init; }

    public IReadOnlyList<string>? TrustedKeys { get; init; }

    /// <summary>
    /// Whether the gate runs inside a GitHub Actions job, where the OSV API is the default vulnerability source when
    /// neither gates.yml nor the command line names one (<c>osv_api: false</c> turns it off). <value>The default value
    /// is null: the gate decides, true when <c>GITHUB_ACTIONS=true</c> and the repository is the job's
    /// <c>GITHUB_WORKSPACE</c> (or inside it).</value>
    /// </summary>
    public bool? InGitHubActions { get; init; }

    public SupplyChainOptions ApplyTo(SupplyChainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            BaseRef = BaseRef ?? options.BaseRef,
            OsvDatabase = OsvDatabase ?? options.OsvDatabase,
            OsvApi = ApplyTo(options.OsvApi) ?? (InGitHubActions == true && (OsvDatabase ?? options.OsvDatabase) is null ? new OsvApiOptions() : null),
            SbomFormats = SbomFormats is { Count: > 0 } f ? f : options.SbomFormats,
            Artifacts = Artifacts is { Count: > 0 } a ? a : options.Artifacts,
            TrustedKeys = TrustedKeys is { Count: > 0 } k ? k : options.TrustedKeys,
        };
    }

    private OsvApiOptions? ApplyTo(OsvApiOptions? configured)
    {
        if (OsvApi is null && OsvApiUrl is null && OsvOffline is null)
        {
            return configured;
        }

        // Any API option on the command line means "use it", even when gates.yml says enabled: false.
        var api = configured ?? new OsvApiOptions();
        return api with
        {
            Enabled = OsvApi ?? true,
            Url = OsvApiUrl ?? api.Url,
            Offline = OsvOffline ?? api.Offline,
        };
    }
}
