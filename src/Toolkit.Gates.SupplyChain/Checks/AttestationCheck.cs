using Toolkit.Core.Gates;
using Toolkit.Core.IO;
using Toolkit.Core.Signing;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Provenance;
using Toolkit.Gates.SupplyChain.Rules;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>
/// Every required artifact must have an attestation signed by a trusted key naming its SHA-256 (release contract:
/// promotion is blocked on any missing attestation or signature).
/// </summary>
internal static class AttestationCheck
{
    public static (AttestationResult? Result, CheckError? Error) Run(GateContext context, SupplyChainOptions options)
    {
        if (options.Artifacts.Count == 0)
        {
            return (AttestationResult.None, null);
        }

        var root = context.RepositoryRoot;
        var configAt = context.Section?.Reader() is { } reader ? reader.LocationOf("trusted_keys") : null;
        if (options.TrustedKeys.Count == 0)
        {
            return (null, new CheckError("'artifacts' are required to be attested but no 'trusted_keys' are configured; add the PEM public key(s) of the release signer.", configAt));
        }

        var pems = new List<string>();
        foreach (var key in options.TrustedKeys)
        {
            var keyPath = Path.GetFullPath(key, root);
            if (!File.Exists(keyPath) && !Directory.Exists(keyPath))
            {
                return (null, new CheckError($"trusted key '{key}' does not exist; fix the path in 'trusted_keys'.", configAt));
            }

            var (pem, unreadable) = UserFiles.ReadLooseText(keyPath, key);
            if (pem is null)
            {
                return (null, new CheckError($"trusted key {unreadable} Fix the path in 'trusted_keys'.", configAt));
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
            return (null, new CheckError($"a trusted key is unusable: {ex.Message}; 'trusted_keys' must list ECDSA P-256 PEM public keys.", configAt));
        }

        using (verifier)
        {
            var attestationsDir = options.AttestationsDirectory is null ? null : Path.GetFullPath(options.AttestationsDirectory, root);
            var checker = new AttestationVerifier(verifier, attestationsDir);
            var artifacts = new List<ArtifactAttestation>();
            var findings = new List<Finding>();
            foreach (var pattern in options.Artifacts)
            {
                var files = RepositoryGlob.Match(root, pattern);
                var checks = files.Count == 0
                    ? [new ArtifactAttestation(pattern, AttestationStatus.ArtifactMissing, null, $"no artifact matches '{pattern}'; build the artifacts before the gate runs or fix 'artifacts'.")]
                    : files.Select(f => checker.Check(Path.Combine(root, f), f)).ToList();
                foreach (var check in checks)
                {
                    artifacts.Add(check);
                    if (check.Status != AttestationStatus.Verified)
                    {
                        findings.Add(Unverified(check, root, configAt));
                    }
                }
            }

            return (new AttestationResult(artifacts, findings), null);
        }
    }

    private static Finding Unverified(ArtifactAttestation check, string root, SourceLocation? configAt)
    {
        var rule = check.Status is AttestationStatus.Missing or AttestationStatus.ArtifactMissing ? SupplyChainRules.AttestationMissing : SupplyChainRules.AttestationInvalid;
        var location = check.AttestationPath is { } p ? new SourceLocation(Path.GetRelativePath(root, p).Replace('\\', '/'), 1, 1) : (check.Status == AttestationStatus.ArtifactMissing ? configAt : new SourceLocation(check.Artifact));
        return rule.Report(Severity.Error, check.Detail, location) with { Title = $"Unverified artifact {check.Artifact}" };
    }
}
