using System.Text.Json.Serialization;

namespace Toolkit.Core.Signing;

/// <summary>
/// A DSSE envelope (https://github.com/secure-systems-lab/dsse/blob/master/envelope.md): the base64 payload, its type
/// and the signatures over the pre-authentication encoding (PAE) of both. This is the shape
/// <c>cosign attest-blob</c> writes and <c>cosign verify-blob-attestation --key</c> reads.
/// </summary>
/// <param name="PayloadType">The payload's media type (<see cref="InTotoPayloadType"/> ...), signed along with it.</param>
/// <param name="Payload">The payload bytes, standard base64.</param>
/// <param name="Signatures">The signatures over the PAE; one verifying with a trusted key is enough.</param>
public sealed record DsseEnvelope(
    [property: JsonPropertyName("payloadType")] string PayloadType,
    [property: JsonPropertyName("payload")] string Payload,
    [property: JsonPropertyName("signatures")] IReadOnlyList<DsseSignature> Signatures)
{
    /// <summary>The payload type of in-toto statements.</summary>
    public const string InTotoPayloadType = "application/vnd.in-toto+json";

    /// <summary>The decoded payload bytes; null when the payload is not valid base64.</summary>
    public byte[]? PayloadBytes()
    {
        try
        {
            return Convert.FromBase64String(Payload);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
