namespace Toolkit.Evidence;

/// <summary>
/// Bounds on what a pack may hold. The packer refuses to exceed them, so every pack it makes verifies; the verifier
/// refuses archives beyond them before reading their content (zip bombs, entry floods).
/// </summary>
public sealed record EvidenceLimits
{
    /// <summary>The default limits, used by the packer and the verifier unless given others.</summary>
    public static EvidenceLimits Default { get; } = new();

    /// <summary>Entries in the archive. <value>The default value is 10,000.</value></summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Bytes of one entry. <value>The default value is 256 MiB.</value></summary>
    public long MaxEntryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Bytes of all entries together. <value>The default value is 1 GiB.</value></summary>
    public long MaxTotalBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Bytes of <c>manifest.json</c> and of its signature, which are parsed in memory. <value>The default value is 16 MiB.</value></summary>
    public int MaxManifestBytes { get; init; } = 16 * 1024 * 1024;
}
