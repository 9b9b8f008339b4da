using System.Text;
using System.Text.Json;
using Toolkit.Evidence.Zip;
using Toolkit.Core.Gates;
using Toolkit.Core.Signing;

namespace Toolkit.Evidence;

/// <summary>
/// Makes the signed evidence pack of a release (<c>evidence.zip</c>): every verdict and evidence file of the gates'
/// output directory, <c>index.html</c> for auditors, <c>manifest.json</c> listing every file with its SHA-256, and
/// <c>manifest.dsse.json</c>, a DSSE envelope of the manifest signed with the same code as supply-chain attestations.
/// The same inputs give the same bytes, signature included (RFC 6979 deterministic ECDSA; see <see cref="EntryOrder"/>).
/// </summary>
public static class EvidencePack
{
    /// <summary>The manifest's path in the pack; see <see cref="EvidenceManifest"/>.</summary>
    public const string ManifestPath = "manifest.json";

    /// <summary>The DSSE envelope (one JSON line) whose payload is exactly the bytes of <see cref="ManifestPath"/>.</summary>
    public const string SignaturePath = "manifest.dsse.json";

    /// <summary>The page for auditors (release, commits, signer, verdicts, every file with its hash): a view, signed as one more listed file.</summary>
    public const string IndexPath = "index.html";

    /// <summary>The DSSE payload type of the signed manifest; the verifier refuses envelopes of any other type.</summary>
    public const string PayloadType = "application/vnd.toolkit.evidence-manifest+json";

    /// <summary>The pack's file name unless told otherwise (<c>gate evidence pack</c> writes <c>artifacts/release/&lt;version&gt;/evidence.zip</c>).</summary>
    public const string DefaultFileName = "evidence.zip";

    /// <summary>Suffix of the sidecar holding the zip's own hash, in <c>sha256sum</c> format.</summary>
    public const string SidecarSuffix = ".sha256";

    /// <summary>Packs <see cref="EvidencePackRequest.SourceDirectory"/> into <paramref name="destination"/>; writes nothing when there are problems.</summary>
    public static EvidencePackResult Create(EvidencePackRequest request, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(request.CommitRange);
        var problems = new List<EvidenceProblem>();
        if (VersionProblem(request.Version) is { } version)
        {
            problems.Add(new EvidenceProblem(null, version));
        }

        if (string.IsNullOrWhiteSpace(request.CommitRange.To))
        {
            problems.Add(new EvidenceProblem(null, "the commit range has no 'to' commit."));
        }

        using var signer = LoadSigner(request.SigningKeyPem, problems);
        var files = EvidenceSources.Collect(request, problems);
        if (problems.Count > 0 || signer is null)
        {
            return EvidencePackResult.Failed(problems);
        }

        var signedBy = string.IsNullOrWhiteSpace(request.SignedBy) ? KeyFingerprint.FromPem(signer.PublicKeyPem()) : request.SignedBy.Trim();
        var content = files.OrderBy(f => f.PackPath, StringComparer.Ordinal).ToList();
        var artifacts = content.Select(f => new EvidenceArtifact(EvidenceLayout.KindOf(f.PackPath), f.PackPath, f.Sha256, f.Content.LongLength, f.Source)).ToList();
        var verdicts = content.Where(f => f.Verdict is not null)
            .OrderBy(f => GateOrder(f.Verdict!.Gate)).ThenBy(f => f.Verdict!.Gate, StringComparer.Ordinal)
            .Select(f => new PackedVerdict(f.Verdict!, f.PackPath)).ToList();
        var index = IndexPage.Render(request.Version, request.CommitRange, signedBy, verdicts, artifacts);
        var entries = content.Select(f => (f.PackPath, f.Content)).Append((IndexPath, index)).OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
        artifacts = [.. artifacts.Append(new EvidenceArtifact(EvidenceLayout.KindOf(IndexPath), IndexPath, Sha256(index), index.LongLength)).OrderBy(a => a.Path, StringComparer.Ordinal)];

        var manifest = new EvidenceManifest(request.Version, request.CommitRange, artifacts, Hashes(artifacts), signedBy);
        var manifestBytes = Serialize(manifest);
        var envelope = Encoding.UTF8.GetBytes(DsseVerifier.Serialize(signer.Sign(PayloadType, manifestBytes)) + "\n");
        entries = [.. entries, (ManifestPath, manifestBytes), (SignaturePath, envelope)];
        if (LimitProblem(entries, request.Limits) is { } limit)
        {
            return EvidencePackResult.Failed([limit]);
        }

        var sha = ZipWriter.Write(destination, entries);
        return new EvidencePackResult(manifest, sha, []);
    }

    /// <summary>
    /// The order of entries in a pack: content by path (ordinal), then <c>manifest.json</c>, then the signature last, so
    /// the pack is a fixed function of its inputs and a reader meets the manifest before what signs it.
    /// </summary>
    public static IEnumerable<string> EntryOrder(IEnumerable<string> contentPaths) =>
        contentPaths.Where(p => p is not ManifestPath and not SignaturePath).Order(StringComparer.Ordinal).Append(ManifestPath).Append(SignaturePath);

    /// <summary><c>hashes</c>: <c>sha256:&lt;hex&gt;</c> per file, and the content digest under <c>evidence.zip</c>.</summary>
    internal static SortedDictionary<string, string> Hashes(IReadOnlyList<EvidenceArtifact> artifacts)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var artifact in artifacts)
        {
            hashes[artifact.Path] = "sha256:" + artifact.Sha256;
        }

        hashes[ContentDigest.Key] = ContentDigest.Of(artifacts);
        return hashes;
    }

    internal static byte[] Serialize(EvidenceManifest manifest) =>
        [.. JsonSerializer.SerializeToUtf8Bytes(manifest, EvidenceJsonContext.Default.EvidenceManifest), (byte)'\n'];

    /// <summary>With the page, manifest and signature added, the pack must still be within what the verifier reads.</summary>
    private static EvidenceProblem? LimitProblem(List<(string Name, byte[] Content)> entries, EvidenceLimits limits)
    {
        var largest = entries.MaxBy(e => e.Content.LongLength);
        var manifest = entries.Where(e => e.Name is ManifestPath or SignaturePath).Max(e => e.Content.LongLength);
        return entries.Sum(e => e.Content.LongLength) > limits.MaxTotalBytes || largest.Content.LongLength > limits.MaxEntryBytes || manifest > limits.MaxManifestBytes
            ? new EvidenceProblem(null, $"with its index, manifest and signature the pack would exceed its limits ({limits.MaxEntryBytes} bytes per file, {limits.MaxTotalBytes} bytes in all, {limits.MaxManifestBytes} bytes of manifest).")
            : null;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    private static DsseSigner? LoadSigner(string pem, List<EvidenceProblem> problems)
    {
        try
        {
            return DsseSigner.FromPem(pem ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            problems.Add(new EvidenceProblem(null, $"the signing key is unusable: {ex.Message}."));
            return null;
        }
    }

    /// <summary>Why a version cannot name a release (it becomes a folder name), or null.</summary>
    public static string? VersionProblem(string? version) =>
        string.IsNullOrEmpty(version) || version.Length > 128 || !char.IsAsciiLetterOrDigit(version[0])
            || !version.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '-')
            ? $"'{EntryNames.Display(version ?? string.Empty)}' is not a release version: use letters, digits, '.', '_', '+' and '-' (e.g. v3.0.0)."
            : null;

    private static int GateOrder(string gate)
    {
        var index = GateIds.All.ToList().IndexOf(gate);
        return index < 0 ? int.MaxValue : index;
    }
}
