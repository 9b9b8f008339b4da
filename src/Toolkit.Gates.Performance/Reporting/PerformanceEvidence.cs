using System.Security.Cryptography;
using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;

namespace Toolkit.Gates.Performance.Reporting;

/// <summary>The gate's evidence under <c>perf/</c>: the head and base entries, the headroom levels, and the PR comment.</summary>
internal static class PerformanceEvidence
{
    public static async Task<IReadOnlyList<EvidenceItem>> WriteAsync(string evidenceDirectory, PerformanceReport report, string comment, CancellationToken cancellationToken)
    {
        var perf = Path.Combine(evidenceDirectory, "perf");
        Directory.CreateDirectory(perf);
        var evidence = new List<EvidenceItem>
        {
            await WriteAsync(evidenceDirectory, Path.Combine(perf, "head.json"), JsonSerializer.Serialize(report.Head, PerfJsonContext.Default.HistoryEntry), cancellationToken).ConfigureAwait(false),
        };
        if (report.Baseline.Base is { } baseEntry)
        {
            evidence.Add(await WriteAsync(evidenceDirectory, Path.Combine(perf, "baseline.json"), JsonSerializer.Serialize(baseEntry, PerfJsonContext.Default.HistoryEntry), cancellationToken).ConfigureAwait(false));
        }

        if (report.Headroom.Results.Count > 0)
        {
            var headroom = PerformanceComment.HeadroomEvidence(report.Headroom.Results);
            evidence.Add(await WriteAsync(evidenceDirectory, Path.Combine(perf, "headroom.json"), JsonSerializer.Serialize(headroom, PerfJsonContext.Default.HeadroomDocument), cancellationToken).ConfigureAwait(false));
        }

        evidence.Add(await WriteAsync(evidenceDirectory, Path.Combine(perf, "comment.md"), comment, cancellationToken).ConfigureAwait(false));
        return evidence;
    }

    private static async Task<EvidenceItem> WriteAsync(string evidenceDirectory, string path, string content, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var outputDirectory = Path.GetDirectoryName(evidenceDirectory.TrimEnd(Path.DirectorySeparatorChar)) ?? evidenceDirectory;
        var relative = Path.GetRelativePath(outputDirectory, path).Replace('\\', '/');
        return new EvidenceItem(relative, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
