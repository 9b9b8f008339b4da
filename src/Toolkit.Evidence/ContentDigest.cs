using System.Security.Cryptography;
using System.Text;

namespace Toolkit.Evidence;

/// <summary>
/// <c>hashes["evidence.zip"]</c>: a zip cannot hold its own hash, so the manifest records the digest of the pack's
/// content instead, <c>sha256:</c> of the text <c>sha256sum</c> prints for every listed file (<c>&lt;hex&gt;  &lt;path&gt;\n</c>,
/// sorted by path, ordinal). It is the same for every pack of the same files, whoever signed it; the hash of the zip
/// file itself is written next to it (<c>evidence.zip.sha256</c>).
/// </summary>
public static class ContentDigest
{
    /// <summary>The <c>hashes</c> key the content digest is recorded under (the release contract's name for the pack).</summary>
    public const string Key = "evidence.zip";

    /// <summary>The digest of <paramref name="artifacts"/>, <c>sha256:&lt;hex&gt;</c>; their order does not matter.</summary>
    public static string Of(IEnumerable<EvidenceArtifact> artifacts)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        var listing = new StringBuilder();
        foreach (var artifact in artifacts.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            listing.Append(artifact.Sha256).Append("  ").Append(artifact.Path).Append('\n');
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }
}
