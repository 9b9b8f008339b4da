using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>An in-toto subject: the artifact's name and digests (<c>sha256</c> hex).</summary>
internal sealed record InTotoSubject(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("digest")] IReadOnlyDictionary<string, string> Digest);
