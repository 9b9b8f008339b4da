using System.Text.Json.Serialization;

namespace Toolkit.Evidence;

/// <summary>
/// <c>manifest.json</c>, in the release contract's shape. It is what the DSSE envelope signs, and it lists every other
/// file of the pack, so the signature covers them all.
/// </summary>
/// <param name="Version">The release (<c>v3.0.0</c>).</param>
/// <param name="CommitRange">The commits the release covers.</param>
/// <param name="Artifacts">Every file of the pack except <c>manifest.json</c> and <c>manifest.dsse.json</c>, by path.</param>
/// <param name="Hashes"><c>sha256:&lt;hex&gt;</c> per path, and under <c>evidence.zip</c> the content digest (see <see cref="ContentDigest"/>).</param>
/// <param name="SignedBy">Who signed: <c>--signed-by</c>, else the key's fingerprint <c>SHA256:&lt;base64&gt;</c>.</param>
public sealed record EvidenceManifest(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("commit_range")] CommitRange CommitRange,
    [property: JsonPropertyName("artifacts")] IReadOnlyList<EvidenceArtifact> Artifacts,
    [property: JsonPropertyName("hashes")] IReadOnlyDictionary<string, string> Hashes,
    [property: JsonPropertyName("signed_by")] string SignedBy);
