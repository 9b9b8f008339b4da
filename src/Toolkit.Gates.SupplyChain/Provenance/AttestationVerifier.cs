using System.Text.Json;
using Toolkit.Core.IO;
using Toolkit.Core.Signing;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>
/// Checks that an artifact has a signed, matching attestation: <c>&lt;artifact&gt;.intoto.jsonl</c> beside it or in the
/// attestation directory; some line must be a DSSE envelope of an in-toto statement, signed by a trusted key, whose
/// subjects include the artifact's SHA-256.
/// </summary>
internal sealed class AttestationVerifier(DsseVerifier verifier, string? attestationDirectory)
{
    public ArtifactAttestation Check(string artifactPath, string displayName)
    {
        ArgumentNullException.ThrowIfNull(artifactPath);
        if (!File.Exists(artifactPath))
        {
            return new ArtifactAttestation(displayName, AttestationStatus.ArtifactMissing, null, $"artifact '{displayName}' does not exist; build it before the gate runs or fix the 'artifacts' pattern.");
        }

        var candidates = new List<string> { artifactPath + Attestations.Extension };
        if (attestationDirectory is not null)
        {
            candidates.Insert(0, Path.Combine(attestationDirectory, Path.GetFileName(artifactPath) + Attestations.Extension));
        }

        var attestation = candidates.FirstOrDefault(File.Exists);
        if (attestation is null)
        {
            return new ArtifactAttestation(displayName, AttestationStatus.Missing, null, $"no attestation for '{displayName}' (looked for {string.Join(", ", candidates.Select(Path.GetFileName).Distinct())}); sign it with 'gate attest {displayName} --key <key.pem>'.");
        }

        var digest = Attestations.Sha256Of(artifactPath);
        var worst = AttestationStatus.Malformed;
        var (text, unreadable) = UserFiles.ReadLooseText(attestation, Path.GetFileName(attestation));
        if (text is null)
        {
            return new ArtifactAttestation(displayName, AttestationStatus.Malformed, null, $"the attestation {unreadable}");
        }

        foreach (var line in text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0))
        {
            var envelope = DsseVerifier.Parse(line);
            if (envelope is null || envelope.PayloadType != DsseEnvelope.InTotoPayloadType)
            {
                continue;
            }

            if (!verifier.Verify(envelope))
            {
                worst = AttestationStatus.BadSignature;
                continue;
            }

            if (Subjects(envelope).Contains(digest))
            {
                return new ArtifactAttestation(displayName, AttestationStatus.Verified, attestation, $"signed attestation matches sha256:{digest}.");
            }

            worst = worst == AttestationStatus.BadSignature ? worst : AttestationStatus.DigestMismatch;
        }

        var name = Path.GetFileName(attestation);
        return worst switch
        {
            AttestationStatus.BadSignature => new ArtifactAttestation(displayName, worst, attestation, $"{name}: no signature verifies with a trusted key; re-sign '{displayName}' with the release key or add its public key to 'trusted_keys'."),
            AttestationStatus.DigestMismatch => new ArtifactAttestation(displayName, worst, attestation, $"{name}: the signed statement does not name sha256:{digest} of '{displayName}'; the artifact changed after signing, attest it again."),
            _ => new ArtifactAttestation(displayName, AttestationStatus.Malformed, attestation, $"{name}: not a DSSE envelope of an in-toto statement ({DsseEnvelope.InTotoPayloadType}); regenerate it with 'gate attest'."),
        };
    }

    private static HashSet<string> Subjects(DsseEnvelope envelope)
    {
        var digests = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (envelope.PayloadBytes() is not { } payload)
        {
            return digests;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.TryGetProperty("subject", out var subjects) && subjects.ValueKind == JsonValueKind.Array)
            {
                foreach (var subject in subjects.EnumerateArray())
                {
                    if (subject.TryGetProperty("digest", out var d) && d.TryGetProperty("sha256", out var sha) && sha.ValueKind == JsonValueKind.String)
                    {
                        digests.Add(sha.GetString()!);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A payload that is not JSON names no subject.
        }

        return digests;
    }
}
