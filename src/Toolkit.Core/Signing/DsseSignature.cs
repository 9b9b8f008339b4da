using System.Text.Json.Serialization;

namespace Toolkit.Core.Signing;

/// <summary>One signature of a DSSE envelope: the key id (may be empty, as cosign writes it) and the base64 signature.</summary>
/// <param name="KeyId">Which key signed, a hint only (it is not signed): <see cref="DsseSigner"/> writes the lower-hex SHA-256 of the public key's SubjectPublicKeyInfo; cosign leaves it empty.</param>
/// <param name="Sig">The ECDSA signature over the PAE, DER-encoded (RFC 3279), standard base64.</param>
public sealed record DsseSignature(
    [property: JsonPropertyName("keyid")] string KeyId,
    [property: JsonPropertyName("sig")] string Sig);
