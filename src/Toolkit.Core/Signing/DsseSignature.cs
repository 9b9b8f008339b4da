using System.Text.Json.Serialization;

namespace Toolkit.Core.Signing;

/// <summary>One signature of a DSSE envelope: the key id (may be empty, as cosign writes it) and the base64 signature.</summary>
public sealed record DsseSignature(
    [property: JsonPropertyName("keyid")] string KeyId,
    [property: JsonPropertyName("sig")] string Sig);
