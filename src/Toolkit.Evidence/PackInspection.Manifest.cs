using System.Text.Json;

namespace Toolkit.Evidence;

/// <summary>The manifest: well-formed, signed, and matching the entries one for one.</summary>
internal sealed partial class PackInspection
{
    /// <summary>
    /// Files are compared with the manifest the signature covers (the envelope's payload), so an edited
    /// <c>manifest.json</c> cannot hide an edited file; <c>manifest.json</c> itself must be that payload.
    /// </summary>
    private EvidenceManifest? CheckManifest()
    {
        var manifestBytes = contents.GetValueOrDefault(EvidencePack.ManifestPath)?.Bytes;
        if (manifestBytes is null && !present.Contains(EvidencePack.ManifestPath))
        {
            Problem(EvidencePack.ManifestPath, "is missing: nothing says what the pack should hold.");
        }

        var bytes = CheckSignature(manifestBytes) ?? manifestBytes;
        if (bytes is null)
        {
            return null;
        }

        EvidenceManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(bytes, EvidenceJsonContext.Default.EvidenceManifest);
        }
        catch (JsonException ex)
        {
            Problem(EvidencePack.ManifestPath, $"is not a valid manifest: {ex.Message}");
            return null;
        }

        if (manifest is null || ShapeProblem(manifest) is { } shape)
        {
            Problem(EvidencePack.ManifestPath, $"is not a valid manifest: {(manifest is null ? "null" : ShapeProblem(manifest))}.");
            return null;
        }

        CheckHashes(manifest);
        CheckFiles(manifest);
        return manifest;
    }

    private static string? ShapeProblem(EvidenceManifest manifest)
    {
        if (string.IsNullOrWhiteSpace(manifest.Version) || string.IsNullOrWhiteSpace(manifest.CommitRange?.To) || string.IsNullOrWhiteSpace(manifest.SignedBy))
        {
            return "version, commit_range.to and signed_by are required";
        }

        if (manifest.Artifacts is null || manifest.Artifacts.Any(a => a is null) || manifest.Hashes is null)
        {
            return "artifacts and hashes are required";
        }

        foreach (var artifact in manifest.Artifacts)
        {
            if (EntryNames.Problem(artifact.Path ?? string.Empty) is { } unsafeName)
            {
                return $"artifact '{EntryNames.Display(artifact.Path ?? string.Empty)}' {unsafeName}";
            }

            if (artifact.Sha256 is not { Length: 64 } sha || !sha.All(char.IsAsciiHexDigitLower) || artifact.Size < 0)
            {
                return $"artifact '{EntryNames.Display(artifact.Path!)}' has no valid sha256 and size";
            }
        }

        var paths = manifest.Artifacts.Select(a => a.Path).ToList();
        return paths.Distinct(StringComparer.OrdinalIgnoreCase).Count() != paths.Count || paths.Any(p => p is EvidencePack.ManifestPath or EvidencePack.SignaturePath)
            ? "artifacts list a path twice, or list the manifest itself"
            : null;
    }

    /// <summary><c>hashes</c> must say exactly what the artifacts say, plus the content digest.</summary>
    private void CheckHashes(EvidenceManifest manifest)
    {
        var expected = EvidencePack.Hashes(manifest.Artifacts);
        foreach (var (key, value) in expected)
        {
            if (!manifest.Hashes.TryGetValue(key, out var actual) || actual != value)
            {
                Problem(EvidencePack.ManifestPath, $"hashes[\"{EntryNames.Display(key)}\"] is {(actual is null ? "missing" : EntryNames.Display(actual))}, expected {value}.");
            }
        }

        foreach (var key in manifest.Hashes.Keys.Where(k => !expected.ContainsKey(k)))
        {
            Problem(EvidencePack.ManifestPath, $"hashes[\"{EntryNames.Display(key)}\"] names no artifact of the pack.");
        }
    }

    private void CheckFiles(EvidenceManifest manifest)
    {
        var listed = manifest.Artifacts.ToDictionary(a => a.Path, StringComparer.Ordinal);
        foreach (var name in present.Where(n => n is not EvidencePack.ManifestPath and not EvidencePack.SignaturePath).Order(StringComparer.Ordinal))
        {
            if (!listed.TryGetValue(name, out var artifact))
            {
                Problem(EntryNames.Display(name), "is not listed in the signed manifest: it was added after signing.");
            }
            else if (contents.TryGetValue(name, out var content) && (content.Sha256 != artifact.Sha256 || content.Size != artifact.Size))
            {
                Problem(EntryNames.Display(name), $"does not match the signed manifest: sha256 {content.Sha256} ({content.Size} bytes), the manifest says {artifact.Sha256} ({artifact.Size} bytes).");
            }
        }

        foreach (var artifact in manifest.Artifacts.Where(a => !present.Contains(a.Path)))
        {
            Problem(EntryNames.Display(artifact.Path), "is listed in the signed manifest but missing from the pack.");
        }
    }
}
