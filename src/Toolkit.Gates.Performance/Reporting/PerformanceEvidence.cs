using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Headroom;

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
            var headroom = HeadroomEvidence(report.Headroom.Results);
            evidence.Add(await WriteAsync(evidenceDirectory, Path.Combine(perf, "headroom.json"), JsonSerializer.Serialize(headroom, PerfJsonContext.Default.HeadroomDocument), cancellationToken).ConfigureAwait(false));
        }

        evidence.Add(await WriteAsync(evidenceDirectory, Path.Combine(perf, "comment.md"), comment, cancellationToken).ConfigureAwait(false));
        return evidence;
    }

    /// <summary><c>perf/headroom.json</c>: per service, the capacity, the headroom and every level measured.</summary>
    internal static HeadroomDocument HeadroomEvidence(IReadOnlyList<HeadroomResult> results)
    {
        var services = results.ToDictionary(
            r => r.Rule.Service,
            r => new HeadroomService(r.Rule.Unit, r.Rule.ExpectedPeak, Math.Round(r.Capacity, 3), r.Headroom is { } h ? Math.Round(h, 4) : null, r.Saturated, r.Levels),
            StringComparer.Ordinal);
        return new HeadroomDocument(results.Count > 0 ? results[0].Rule.Target : 0.20, services);
    }

    private static async Task<EvidenceItem> WriteAsync(string evidenceDirectory, string path, string content, CancellationToken cancellationToken)
    {
        // UTF-8 without a BOM, as File.WriteAllText writes; hashed from memory, so no raw read of the file back.
        var bytes = Encoding.UTF8.GetBytes(content);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        var outputDirectory = Path.GetDirectoryName(evidenceDirectory.TrimEnd(Path.DirectorySeparatorChar)) ?? evidenceDirectory;
        var relative = Path.GetRelativePath(outputDirectory, path).Replace('\\', '/');
        return new EvidenceItem(relative, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
