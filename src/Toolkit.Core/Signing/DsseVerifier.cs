using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Toolkit.Core.Signing;

/// <summary>
/// Verifies DSSE envelopes against trusted ECDSA P-256 public keys (PEM). An envelope verifies when at least one of its
/// signatures verifies over the PAE with one of the keys; key ids are hints only (cosign leaves them empty).
/// </summary>
public sealed class DsseVerifier : IDisposable
{
    // '+' in the payload type stays readable (the default encoder would write \u002B).
    private static readonly DsseJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private readonly List<ECDsa> keys;

    private DsseVerifier(List<ECDsa> keys) => this.keys = keys;

    /// <summary>Loads trusted public keys (or private keys, whose public half is used) from PEM texts.</summary>
    /// <exception cref="ArgumentException">A PEM holds no ECDSA P-256 key.</exception>
    public static DsseVerifier FromPem(IEnumerable<string> pems)
    {
        ArgumentNullException.ThrowIfNull(pems);
        var keys = new List<ECDsa>();
        try
        {
            foreach (var pem in pems)
            {
                var key = ECDsa.Create();
                keys.Add(key);
                key.ImportFromPem(pem);
                DsseKeys.RequireP256(key);
            }
        }
        catch (CryptographicException ex)
        {
            keys.ForEach(k => k.Dispose());
            throw new ArgumentException($"not an ECDSA P-256 key in PEM form ({ex.Message})", nameof(pems), ex);
        }

        return new DsseVerifier(keys);
    }

    /// <summary>Parses an envelope from JSON (a <c>.intoto.jsonl</c> line or a pretty file); null when it is not one.</summary>
    public static DsseEnvelope? Parse(string json)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize(json, Json.DsseEnvelope);
            return envelope is { PayloadType: not null, Payload: not null, Signatures: not null } && envelope.Signatures.All(s => s is { Sig: not null })
                ? envelope
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The envelope as one JSON line.</summary>
    public static string Serialize(DsseEnvelope envelope) => JsonSerializer.Serialize(envelope, Json.DsseEnvelope);

    /// <summary>True when a signature of <paramref name="envelope"/> verifies with a trusted key.</summary>
    public bool Verify(DsseEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var payload = envelope.PayloadBytes();
        if (payload is null || envelope.Signatures.Count == 0)
        {
            return false;
        }

        var pae = Pae.Encode(envelope.PayloadType, payload);
        foreach (var signature in envelope.Signatures)
        {
            byte[] sig;
            try
            {
                sig = Convert.FromBase64String(signature.Sig ?? string.Empty);
            }
            catch (FormatException)
            {
                continue;
            }

            if (keys.Any(k => k.VerifyData(pae, sig, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Releases the trusted keys.</summary>
    public void Dispose() => keys.ForEach(k => k.Dispose());
}
