using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles;

/// <summary>What a lockfile says about one entry besides its name and version.</summary>
internal sealed record ComponentTraits
{
    public static ComponentTraits None { get; } = new();

    public bool Direct { get; init; }

    public bool Development { get; init; }

    public bool Optional { get; init; }

    public IReadOnlyList<ComponentHash> Hashes { get; init; } = [];

    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>
    /// Where a non-registry package came from when the lockfile does not say whether it is a repository: a git URL
    /// becomes the purl's <c>vcs_url</c>, anything else (a tarball URL, a <c>file:</c> path) its <c>download_url</c>.
    /// </summary>
    public string? Origin { get; init; }

    public string? VcsUrl { get; init; }

    public string? License { get; init; }
}
