using System.Text;
using Toolkit.Core.Signing;

namespace Toolkit.Evidence;

/// <summary>The DSSE envelope: canonical, of the right type, signed by the given key, over exactly <c>manifest.json</c>.</summary>
internal sealed partial class PackInspection
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks the envelope and returns its payload (the signed manifest), or null when there is none to read.</summary>
    private byte[]? CheckSignature(byte[]? manifestBytes)
    {
        if (!contents.TryGetValue(EvidencePack.SignaturePath, out var signature) || signature.Bytes is null)
        {
            if (!present.Contains(EvidencePack.SignaturePath))
            {
                Problem(EvidencePack.SignaturePath, "is missing: the pack is not signed.");
            }

            return null;
        }

        var envelope = Parse(signature.Bytes);
        if (envelope is null)
        {
            Problem(EvidencePack.SignaturePath, "is not a DSSE envelope.");
            return null;
        }

        if (envelope.PayloadType != EvidencePack.PayloadType)
        {
            Problem(EvidencePack.SignaturePath, $"signs a payload of type '{Printable(envelope.PayloadType)}', not '{EvidencePack.PayloadType}'.");
        }

        var keyId = KeyFingerprint.KeyId(keyDigest);
        if (!verifier.Verify(envelope))
        {
            var signedBy = envelope.Signatures.Select(s => s.KeyId).FirstOrDefault(k => !string.IsNullOrEmpty(k));
            Problem(EvidencePack.SignaturePath, signedBy is not null && signedBy != keyId
                ? $"the signature does not verify with the given key {Fingerprint}: the pack names another signing key (key id {Printable(signedBy)})."
                : $"the signature does not verify with the given key {Fingerprint}: the manifest or the signature was changed after signing, or another key signed it.");
        }
        else if (envelope.Signatures.Count != 1 || envelope.Signatures[0].KeyId != keyId || !IsCanonical(envelope, signature.Bytes))
        {
            // The signature holds, but a key id is only a hint DSSE does not sign: an edited one is still an edited byte.
            Problem(EvidencePack.SignaturePath, "is not the envelope the packer wrote (extra signatures, an edited key id, or re-encoded JSON).");
        }

        var payload = envelope.PayloadBytes();
        if (payload is not null && manifestBytes is not null && !payload.AsSpan().SequenceEqual(manifestBytes))
        {
            Problem(EvidencePack.ManifestPath, $"does not match its signature ({EvidencePack.SignaturePath}): it was changed after signing.");
        }

        return payload;
    }

    private static DsseEnvelope? Parse(byte[] bytes)
    {
        try
        {
            return DsseVerifier.Parse(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Byte for byte what the packer writes for this envelope: one JSON line, base64 encoded canonically.</summary>
    private static bool IsCanonical(DsseEnvelope envelope, byte[] bytes)
    {
        try
        {
            return Canonical(envelope.Payload) && envelope.Signatures.All(s => Canonical(s.Sig))
                && Encoding.UTF8.GetBytes(DsseVerifier.Serialize(envelope) + "\n").AsSpan().SequenceEqual(bytes);
        }
        catch (FormatException)
        {
            return false;
        }

        // Base64 has slack (unused trailing bits): only the canonical encoding of the decoded bytes is accepted.
        static bool Canonical(string base64) => Convert.ToBase64String(Convert.FromBase64String(base64)) == base64;
    }

    private static string Printable(string? text) => EntryNames.Display(text ?? string.Empty);
}
