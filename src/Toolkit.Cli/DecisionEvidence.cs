using System.Security.Cryptography;
using Toolkit.Evidence;
using Toolkit.Core.IO;

namespace Toolkit.Cli;

/// <summary>
/// What <c>gate decide --evidence</c> checks: the pack verifies with the key, it is the pack of the release being
/// decided, and the verdicts decided on are the ones it signed. Each failure is a problem, so a no-go naming why.
/// </summary>
internal sealed record DecisionEvidence(bool Signed, string Note, IReadOnlyList<string> Problems)
{
    public static DecisionEvidence Check(string pack, string publicKeyPem, string? version, string verdictDirectory)
    {
        var name = Path.GetFileName(pack);
        var verification = EvidencePackVerifier.Verify(pack, publicKeyPem);
        if (!verification.Verified)
        {
            var problems = verification.Problems.Select(p => $"evidence {name}: {p}").ToList();
            return new DecisionEvidence(false, $"{name} does not verify", problems);
        }

        var manifest = verification.Manifest!;
        var mismatches = new List<string>();
        if (version is not null && manifest.Version != version)
        {
            mismatches.Add($"evidence {name} is the pack of release {manifest.Version}, not of {version}.");
        }

        mismatches.AddRange(VerdictMismatches(manifest, verdictDirectory).Select(m => $"evidence {name}: {m}"));
        return new DecisionEvidence(true, $"{name}: release {manifest.Version}, commits {manifest.CommitRange}, {manifest.Artifacts.Count} files, signed by {manifest.SignedBy}", mismatches);
    }

    /// <summary>The verdict files decided on must be byte for byte the ones in the pack, no more and no fewer.</summary>
    private static IEnumerable<string> VerdictMismatches(EvidenceManifest manifest, string directory)
    {
        var packed = manifest.Artifacts.Where(a => a.Source is { } s && !s.Contains('/', StringComparison.Ordinal) && s.EndsWith(EvidenceLayout.VerdictSuffix, StringComparison.Ordinal))
            .ToDictionary(a => a.Source!, StringComparer.Ordinal);
        var local = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*" + EvidenceLayout.VerdictSuffix).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var file in local)
        {
            if (!packed.TryGetValue(file, out var artifact))
            {
                yield return $"{file} is not in the pack; pack the evidence after the gates have run.";
            }
            else if (UserFiles.ReadBytes(Path.Combine(directory, file), file) is not { Bytes: { } bytes } || Convert.ToHexStringLower(SHA256.HashData(bytes)) != artifact.Sha256)
            {
                yield return $"{file} differs from the signed {artifact.Path}; the verdict changed after packing.";
            }
        }

        foreach (var file in packed.Keys.Except(local, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            yield return $"the pack holds {packed[file].Path}, but {file} is not in {directory}.";
        }
    }
}
