using Toolkit.Core.Gates;
using Toolkit.Core.IO;
using Toolkit.Core.Signing;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Provenance;

namespace Toolkit.Gates.SupplyChain.Gate;

public sealed partial class SupplyChainGate
{
    /// <summary>
    /// Every required artifact must have an attestation signed by a trusted key naming its SHA-256 (release contract:
    /// promotion is blocked on any missing attestation or signature).
    /// </summary>
    private static GateOutcome? CheckAttestations(Evaluation state)
    {
        var options = state.Options;
        if (options.Artifacts.Count == 0)
        {
            return null;
        }

        var root = state.Context.RepositoryRoot;
        var configAt = state.Context.Section?.Reader() is { } reader ? reader.LocationOf("trusted_keys") : null;
        if (options.TrustedKeys.Count == 0)
        {
            return GateOutcome.CouldNotEvaluate("'artifacts' are required to be attested but no 'trusted_keys' are configured; add the PEM public key(s) of the release signer.", configAt);
        }

        var pems = new List<string>();
        foreach (var key in options.TrustedKeys)
        {
            var keyPath = Path.GetFullPath(key, root);
            if (!File.Exists(keyPath) && !Directory.Exists(keyPath))
            {
                return GateOutcome.CouldNotEvaluate($"trusted key '{key}' does not exist; fix the path in 'trusted_keys'.", configAt);
            }

            var (pem, unreadable) = UserFiles.ReadLooseText(keyPath, key);
            if (pem is null)
            {
                return GateOutcome.CouldNotEvaluate($"trusted key {unreadable} Fix the path in 'trusted_keys'.", configAt);
            }

            pems.Add(pem);
        }

        DsseVerifier verifier;
        try
        {
            verifier = DsseVerifier.FromPem(pems);
        }
        catch (ArgumentException ex)
        {
            return GateOutcome.CouldNotEvaluate($"a trusted key is unusable: {ex.Message}; 'trusted_keys' must list ECDSA P-256 PEM public keys.", configAt);
        }

        using (verifier)
        {
            var attestationsDir = options.AttestationsDirectory is null ? null : Path.GetFullPath(options.AttestationsDirectory, root);
            var checker = new AttestationVerifier(verifier, attestationsDir);
            var evidenceDir = Path.Combine(state.Context.EvidenceDirectory, "attestations");
            foreach (var pattern in options.Artifacts)
            {
                var files = RepositoryFiles.Match(root, pattern);
                var checks = files.Count == 0
                    ? [new AttestationCheck(pattern, AttestationStatus.ArtifactMissing, null, $"no artifact matches '{pattern}'; build the artifacts before the gate runs or fix 'artifacts'.")]
                    : files.Select(f => checker.Check(Path.Combine(root, f), f)).ToList();
                foreach (var check in checks)
                {
                    state.Attestations.Add(check);
                    if (check.Status == AttestationStatus.Verified)
                    {
                        Directory.CreateDirectory(evidenceDir);
                        var copy = Path.Combine(evidenceDir, Path.GetFileName(check.AttestationPath!));
                        File.Copy(check.AttestationPath!, copy, overwrite: true);
                        state.Evidence.Add(Evidence(state, copy));
                        continue;
                    }

                    state.UnverifiedArtifacts++;
                    var rule = check.Status is AttestationStatus.Missing or AttestationStatus.ArtifactMissing ? SupplyChainRules.AttestationMissing : SupplyChainRules.AttestationInvalid;
                    var location = check.AttestationPath is { } p ? new SourceLocation(Path.GetRelativePath(root, p).Replace('\\', '/'), 1, 1) : (check.Status == AttestationStatus.ArtifactMissing ? configAt : new SourceLocation(check.Artifact));
                    state.Findings.Add(new Finding(rule, Severity.Error, check.Detail, location) { Title = $"Unverified artifact {check.Artifact}" });
                }
            }
        }

        return null;
    }

    /// <summary>Image references in the configured manifests must be pinned by digest.</summary>
    private static void CheckManifests(Evaluation state)
    {
        var root = state.Context.RepositoryRoot;
        foreach (var file in state.Options.Manifests.SelectMany(p => RepositoryFiles.Match(root, p)).Distinct(StringComparer.Ordinal))
        {
            foreach (var (location, image) in ImagePinning.Unpinned(file, UserFiles.ReadLooseTextOrThrow(Path.Combine(root, file), file)))
            {
                state.MutableImages++;
                state.Findings.Add(new Finding(SupplyChainRules.ImageMutableTag, Severity.Error, $"Image '{image}' is referenced by a mutable tag; pin it by digest ({image.Split('@')[0]}@sha256:...).", location) { Title = "Mutable image tag" });
            }
        }
    }
}
