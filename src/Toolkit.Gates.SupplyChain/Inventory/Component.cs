namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>One resolved package of the repository.</summary>
/// <param name="Ecosystem">Where it comes from.</param>
/// <param name="Name">Package name (npm names keep their scope, e.g. <c>@babel/core</c>).</param>
/// <param name="Version">Resolved version as the lockfile writes it.</param>
/// <param name="Direct">Whether a project asks for it itself (not only through another package).</param>
/// <param name="Development">Whether only development tooling needs it (npm <c>dev: true</c>).</param>
/// <param name="Location">Where it is declared: lockfile path (repository-relative) and line.</param>
internal sealed record Component(
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

    /// <summary>Whether the install may skip it (npm <c>optional</c>/<c>devOptional</c>): CycloneDX scope <c>optional</c>.</summary>
    public bool Optional { get; init; }

    /// <summary>Whether it ships inside another package's tarball (npm <c>inBundle</c>) instead of being installed itself.</summary>
    public bool Bundled { get; init; }

    /// <summary>Whether it is a member of the repository's own workspace (npm <c>workspaces</c>), not a downloaded package.</summary>
    public bool Workspace { get; init; }

    /// <summary>The git URL (with commit) of a package installed from git, not a registry: purl qualifier <c>vcs_url</c>.</summary>
    public string? VcsUrl { get; init; }

    /// <summary>The tarball or <c>file:</c> location of a package not from a registry: purl qualifier <c>download_url</c>.</summary>
    public string? DownloadUrl { get; init; }

    /// <summary>Why <see cref="License"/> is null when the reason is known (not recorded by the lockfile, no package folder).</summary>
    public string? LicenseNote { get; init; }

    /// <summary>Whether the package comes from its ecosystem's registry, so that registry's advisories are about it.</summary>
    public bool FromRegistry => !Workspace && VcsUrl is null && DownloadUrl is null;

    /// <summary>Purls of the packages this one depends on.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Package URL (https://github.com/package-url/purl-spec), the component's identity.</summary>
    public string Purl => ReportedPurl ?? Purls.For(Ecosystem, Name, Version) + Purls.Qualifiers(("download_url", DownloadUrl), ("vcs_url", VcsUrl));

    /// <summary>
    /// The purl another tool reported for a package no lockfile the gate reads holds (GitHub's dependency review of a
    /// workflow's actions, say); null for every component read from a lockfile.
    /// </summary>
    public string? ReportedPurl { get; init; }

    /// <summary>Identity without the version, used to diff base and head.</summary>
    public string Key => ReportedPurl is { } reported ? (reported.LastIndexOf('@') is > 4 and var at ? reported[..at] : reported) : Purls.For(Ecosystem, Name, null);

    /// <summary>
    /// Two readings of the same package (a lockfile's duplicate entries, or two lockfiles) as one, losing nothing: direct
    /// if either is, dev or optional only if both are, every hash, the first license and source found.
    /// </summary>
    public Component MergedWith(Component other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            Direct = Direct || other.Direct,
            Development = Development && other.Development,
            Optional = Optional && other.Optional,
            Bundled = Bundled && other.Bundled,
            Hashes = Hashes.Union(other.Hashes).ToList(),
            License = License ?? other.License,
            LicenseUrl = License is null ? LicenseUrl ?? other.LicenseUrl : LicenseUrl,
            LicenseNote = (License ?? other.License) is null ? LicenseNote ?? other.LicenseNote : null,
            DependsOn = DependsOn.Union(other.DependsOn).Order(StringComparer.Ordinal).ToList(),
        };
    }
}
