namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>One resolved package of the repository.</summary>
/// <param name="Ecosystem">Where it comes from.</param>
/// <param name="Name">Package name (npm names keep their scope, e.g. <c>@babel/core</c>).</param>
/// <param name="Version">Resolved version as the lockfile writes it.</param>
/// <param name="Direct">Whether a project asks for it itself (not only through another package).</param>
/// <param name="Development">Whether only development tooling needs it (npm <c>dev: true</c>).</param>
/// <param name="Location">Where it is declared: lockfile path (repository-relative) and line.</param>
public sealed record Component(
    Ecosystem Ecosystem,
    string Name,
    string Version,
    bool Direct,
    bool Development,
    ComponentLocation Location)
{
    /// <summary>Hashes as (CycloneDX algorithm name, lower-case hex).</summary>
    public IReadOnlyList<ComponentHash> Hashes { get; init; } = [];

    /// <summary>The SPDX license expression when known; null when unknown (never guessed).</summary>
    public string? License { get; init; }

    /// <summary>Where the license came from when it is only a URL or file (reported as unknown for policy).</summary>
    public string? LicenseUrl { get; init; }

    /// <summary>Whether the lockfile marks it optional (npm/pnpm <c>optional</c>, Poetry <c>optional = true</c>).</summary>
    public bool Optional { get; init; }

    /// <summary>Where the source comes from when it is not a registry (git URL, <c>file:</c> path); null for registry packages.</summary>
    public string? VcsUrl { get; init; }

    /// <summary>Purls of the packages this one depends on.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Package URL (https://github.com/package-url/purl-spec), the component's identity.</summary>
    public string Purl => Purls.For(Ecosystem, Name, Version);

    /// <summary>Identity without the version, used to diff base and head.</summary>
    public string Key => Purls.For(Ecosystem, Name, null);
}
