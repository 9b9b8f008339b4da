using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Checks;

namespace Toolkit.Gates.Slo.Reporting;

/// <summary>Writes <c>slo/&lt;path&gt;.json</c> and <c>slo/&lt;path&gt;.burn.svg</c> per golden path into the evidence directory.</summary>
internal static class SloEvidence
{
    public static async Task<IReadOnlyList<EvidenceItem>> WriteAsync(string evidenceDirectory, SloMeasurement measured, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var outputDirectory = Path.GetDirectoryName(Path.GetFullPath(evidenceDirectory).TrimEnd(Path.DirectorySeparatorChar))!;
        var folder = Path.Combine(evidenceDirectory, "slo");
        Directory.CreateDirectory(folder);
        var items = new List<EvidenceItem>();
        foreach (var evaluation in measured.Paths)
        {
            var report = Report(evaluation, at);
            var json = JsonSerializer.SerializeToUtf8Bytes(report, SloJsonContext.Default.PathReport);
            items.Add(await WriteFileAsync(outputDirectory, Path.Combine(folder, evaluation.Path.FileName + ".json"), json, cancellationToken).ConfigureAwait(false));
            if (evaluation.Slis.Any(s => s.Pairs.Count > 0))
            {
                var svg = Encoding.UTF8.GetBytes(BurnChart.Render(evaluation.Path.Name, evaluation.Slis));
                items.Add(await WriteFileAsync(outputDirectory, Path.Combine(folder, evaluation.Path.FileName + ".burn.svg"), svg, cancellationToken).ConfigureAwait(false));
            }
        }

        return items;
    }

    internal static PathReport Report(PathMeasurement evaluation, DateTimeOffset at)
    {
        var slis = evaluation.Slis.Select(s => new SliReport(
            s.Sli.Name,
            s.Sli.Kind == SliKind.Ratio ? "ratio" : "latency",
            s.Sli.Objective,
            Durations.Format(s.Sli.Window),
            N(s.ErrorRate),
            N(s.BudgetRemaining),
            s.Level.ToString().ToLowerInvariant(),
            s.ErrorRatios.OrderBy(r => r.Key).ToDictionary(r => Durations.Format(r.Key), r => N(r.Value), StringComparer.Ordinal),
            s.Pairs.Select(p => new BurnReport(p.Pair.Name, N(p.LongBurn), N(p.ShortBurn), p.Pair.Factor, p.Pair.Level.ToString().ToLowerInvariant(), p.Fires)).ToList(),
            s.LatencyMs.ToDictionary(l => l.Key, l => N(l.Value), StringComparer.Ordinal),
            s.NoData)).ToList();
        var probe = evaluation.Probe is { } p
            ? new ProbeReport(p.Url, p.Requests, p.Failures, N(p.ErrorRate), N(p.P50Ms), N(p.P95Ms), N(p.P99Ms), p.Truncated, p.FirstFailure, p.FirstTraceId)
            : null;
        return new PathReport(evaluation.Path.Name, evaluation.Path.Owner, at, slis, probe);
    }

    private static async Task<EvidenceItem> WriteFileAsync(string outputDirectory, string file, byte[] content, CancellationToken cancellationToken)
    {
        await File.WriteAllBytesAsync(file, content, cancellationToken).ConfigureAwait(false);
        var relative = Path.GetRelativePath(outputDirectory, file).Replace('\\', '/');
        return new EvidenceItem(relative, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    private static double? N(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 6) : null;
}
