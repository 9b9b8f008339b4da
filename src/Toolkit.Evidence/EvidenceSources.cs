using System.Security.Cryptography;
using Toolkit.Core.IO;

namespace Toolkit.Evidence;

/// <summary>
/// Reads the gates' output directory for packing: every regular file, mapped to its pack path, with the verdicts parsed.
/// Fails closed: a symbolic link, an unsafe name, a verdict that does not parse, or evidence whose hash differs from
/// what its verdict recorded stops the pack.
/// </summary>
internal static class EvidenceSources
{
    /// <summary>Files the pack never takes from the directory: the go/no-go is computed from the pack, not part of it.</summary>
    private static readonly string[] Derived = ["decision.json", "decision.md"];

    private static readonly string[] Reserved = [EvidencePack.ManifestPath, EvidencePack.SignaturePath, EvidencePack.IndexPath];

    public static List<SourceFile> Collect(EvidencePackRequest request, List<EvidenceProblem> problems)
    {
        var root = Path.GetFullPath(request.SourceDirectory);
        var excluded = request.Exclude.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var files = new List<SourceFile>();
        try
        {
            Read(root, excluded, request.Limits, files, problems);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new EvidenceProblem(null, $"{root} cannot be read: {ex.Message}"));
        }

        CheckCollisions(files, problems);
        CheckEvidence(files, problems);
        if (!files.Any(f => f.Verdict is not null) && problems.Count == 0)
        {
            problems.Add(new EvidenceProblem(null, $"{root} holds no verdict files (*{EvidenceLayout.VerdictSuffix}); run the gates first, or point --from at their output."));
        }

        return files;
    }

    private static void Read(string root, HashSet<string> excluded, EvidenceLimits limits, List<SourceFile> files, List<EvidenceProblem> problems)
    {
        long total = 0;
        foreach (var (full, relative) in Walk(root, problems))
        {
            if (excluded.Contains(full) || Derived.Contains(relative, StringComparer.Ordinal))
            {
                continue;
            }

            var packPath = EvidenceLayout.Map(relative);
            if ((EntryNames.Problem(relative) ?? EntryNames.Problem(packPath)) is { } unsafeName)
            {
                problems.Add(new EvidenceProblem(EntryNames.Display(relative), unsafeName + "; rename it or remove it from the directory."));
                continue;
            }

            var length = new FileInfo(full).Length;
            total += length;
            if (length > limits.MaxEntryBytes || total > limits.MaxTotalBytes || files.Count + Reserved.Length >= limits.MaxEntries)
            {
                problems.Add(new EvidenceProblem(relative, $"would make the pack exceed its limits ({limits.MaxEntries} entries, {limits.MaxEntryBytes} bytes per file, {limits.MaxTotalBytes} bytes in all)."));
                return;
            }

            var (content, unreadable) = UserFiles.ReadBytes(full, EntryNames.Display(relative), limits.MaxEntryBytes);
            if (content is null)
            {
                problems.Add(new EvidenceProblem(EntryNames.Display(relative), unreadable!.Reason));
                continue;
            }

            files.Add(new SourceFile(relative, packPath, content, Convert.ToHexStringLower(SHA256.HashData(content))) { Verdict = ParseVerdict(relative, content, problems) });
        }
    }

    /// <summary>Every regular file under <paramref name="root"/>, with its '/'-separated relative path; links are refused, not followed.</summary>
    private static IEnumerable<(string Full, string Relative)> Walk(string root, List<EvidenceProblem> problems)
    {
        if (!Directory.Exists(root))
        {
            problems.Add(new EvidenceProblem(null, $"{root} does not exist; run the gates first, or point --from at their output."));
            yield break;
        }

        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.TryPop(out var directory))
        {
            foreach (var info in directory.EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, info.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (info.LinkTarget is not null)
                {
                    problems.Add(new EvidenceProblem(EntryNames.Display(relative), "is a symbolic link; packs hold regular files only."));
                }
                else if (info is DirectoryInfo child)
                {
                    pending.Push(child);
                }
                else if (info is FileInfo)
                {
                    yield return (info.FullName, relative);
                }
            }
        }
    }

    private static Toolkit.Core.Verdicts.GateVerdict? ParseVerdict(string relative, byte[] content, List<EvidenceProblem> problems)
    {
        if (relative.Contains('/', StringComparison.Ordinal) || !relative.EndsWith(EvidenceLayout.VerdictSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var (verdict, error) = StrictVerdicts.Parse(content);
        var gate = relative[..^EvidenceLayout.VerdictSuffix.Length];
        if (verdict is null)
        {
            problems.Add(new EvidenceProblem(relative, error ?? "is not a verdict."));
        }
        else if (verdict.Gate != gate)
        {
            problems.Add(new EvidenceProblem(relative, $"holds the verdict of '{EntryNames.Display(verdict.Gate)}', not of '{gate}'."));
        }

        return verdict;
    }

    private static void CheckCollisions(List<SourceFile> files, List<EvidenceProblem> problems)
    {
        // Case-insensitive: two paths that differ only in case would overwrite each other when extracted on Windows or macOS.
        foreach (var group in files.GroupBy(f => f.PackPath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new EvidenceProblem(group.Key, $"{string.Join(" and ", group.Select(f => f.Source))} would share this path in the pack; rename one."));
        }

        foreach (var file in files.Where(f => Reserved.Contains(f.PackPath, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(new EvidenceProblem(file.Source, $"would replace the pack's own {file.PackPath}; rename it."));
        }
    }

    /// <summary>Each verdict's evidence must be there, unchanged since the gate hashed it.</summary>
    private static void CheckEvidence(List<SourceFile> files, List<EvidenceProblem> problems)
    {
        var bySource = files.ToDictionary(f => f.Source, StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Verdict is not null))
        {
            foreach (var item in file.Verdict!.Evidence)
            {
                var path = item.Path.Replace('\\', '/');
                if (!bySource.TryGetValue(path, out var evidence))
                {
                    problems.Add(new EvidenceProblem(EntryNames.Display(path), $"is evidence of {file.Source} but is not in the directory."));
                }
                else if (!string.Equals(evidence.Sha256, item.Sha256, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(new EvidenceProblem(path, $"changed after {file.Source} recorded it (sha256 {evidence.Sha256}, recorded {EntryNames.Display(item.Sha256)})."));
                }
            }
        }
    }
}
