using Toolkit.Evidence.Zip;
using Toolkit.Core.Signing;

namespace Toolkit.Evidence;

/// <summary>
/// One verification of one pack. Problems are collected, not thrown, so a tampered pack reports everything wrong with it,
/// each problem naming its entry. Nothing is trusted before it is checked; nothing is written anywhere.
/// </summary>
internal sealed partial class PackInspection(Stream stream, DsseVerifier verifier, byte[] keyDigest, EvidenceLimits limits)
{
    private readonly List<EvidenceProblem> problems = [];

    /// <summary>One read buffer for every entry: content streams through it, whatever the entries claim.</summary>
    private readonly byte[] buffer = new byte[16 * 1024];

    /// <summary>Safe, unique entries that were read, by name.</summary>
    private readonly Dictionary<string, EntryContent> contents = new(StringComparer.Ordinal);

    /// <summary>Every decoded entry name in the archive, safe or not (so a refused entry is not also called missing).</summary>
    private readonly HashSet<string> present = new(StringComparer.Ordinal);

    private string Fingerprint => KeyFingerprint.Format(keyDigest);

    public EvidenceVerification Run()
    {
        var (directory, isZip) = ZipReader.Read(stream, limits, problems);
        if (!isZip)
        {
            return EvidenceVerification.Unusable("the file is not a zip archive (it has no end of central directory record).");
        }

        EvidenceManifest? manifest = null;
        if (directory is not null)
        {
            CheckEntries(directory);
            manifest = CheckManifest();
        }

        var status = problems.Count == 0 ? EvidenceVerificationStatus.Verified : EvidenceVerificationStatus.Failed;
        return new EvidenceVerification(status, problems) { Manifest = manifest, KeyFingerprint = Fingerprint };
    }

    private void Problem(string? entry, string message) => problems.Add(new EvidenceProblem(entry, message));
}
