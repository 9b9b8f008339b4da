using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>An SLSA ResourceDescriptor: a dependency by URI (its purl) and digests.</summary>
internal sealed record SlsaResourceDescriptor(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("digest")] IReadOnlyDictionary<string, string> Digest);
