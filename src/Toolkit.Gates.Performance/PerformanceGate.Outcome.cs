using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Reporting;

namespace Toolkit.Gates.Performance;

/// <summary>Turning the evaluation into findings, metrics, thresholds and evidence; recording the head on request.</summary>
public sealed partial class PerformanceGate
{
    private static async Task<GateOutcome> OutcomeAsync(GateContext context, PerformanceOptions options, PerformanceEvaluation evaluation, List<Finding> findings, CancellationToken cancellationToken)
    {
        var thresholds = new List<ThresholdResult>(evaluation.Thresholds);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["perf.benchmarks"] = evaluation.Head.Values.Count,
            ["perf.regressions"] = evaluation.Comparisons.Count(c => c.Regressed),
        };

        // Comparison rows as thresholds, worst first, so every report shows base vs head without knowing this gate.
        foreach (var row in evaluation.Comparisons.Where(r => r.Method != ComparisonMethod.New))
        {
            var rule = options.RuleFor(row.Key);
            var expression = row.Method == ComparisonMethod.MannWhitney
                ? $"{row.Key}: worse<{Pct(rule.MinEffect)} or p>={rule.Alpha.ToString(CultureInfo.InvariantCulture)}"
                : $"{row.Key}: worse<={Pct(rule.MaxRegression)}";
            thresholds.Add(new ThresholdResult(row.Key, expression, Math.Round(row.Worsening, 2), !row.Regressed));
        }

        foreach (var result in evaluation.Headroom)
        {
            var name = "headroom." + result.Rule.Service;
            if (result.Headroom is { } h)
            {
                metrics[name] = Math.Round(h, 4);
            }

            thresholds.Add(new ThresholdResult(name, $"{name}>={result.Rule.Target.ToString(CultureInfo.InvariantCulture)}", result.Headroom is { } v ? Math.Round(v, 4) : null, result.Passed));
            if (!result.Passed)
            {
                findings.Add(new Finding(HeadroomRuleId, Severity.Error, PerformanceComment.HeadroomLine(result), result.Rule.Location) { Title = "Headroom below target" });
            }
        }

        var perf = Path.Combine(context.EvidenceDirectory, "perf");
        Directory.CreateDirectory(perf);
        var evidence = new List<EvidenceItem>
        {
            await WriteEvidenceAsync(context, Path.Combine(perf, "head.json"), JsonSerializer.Serialize(evaluation.Head, PerfJsonContext.Default.HistoryEntry), cancellationToken).ConfigureAwait(false),
        };
        if (evaluation.Base is not null)
        {
            evidence.Add(await WriteEvidenceAsync(context, Path.Combine(perf, "baseline.json"), JsonSerializer.Serialize(evaluation.Base, PerfJsonContext.Default.HistoryEntry), cancellationToken).ConfigureAwait(false));
        }

        if (evaluation.Headroom.Count > 0)
        {
            evidence.Add(await WriteEvidenceAsync(context, Path.Combine(perf, "headroom.json"), JsonSerializer.Serialize(PerformanceComment.HeadroomEvidence(evaluation.Headroom), PerfJsonContext.Default.HeadroomDocument), cancellationToken).ConfigureAwait(false));
        }

        var comment = PerformanceComment.Render(evaluation, options);
        evidence.Add(await WriteEvidenceAsync(context, Path.Combine(perf, "comment.md"), comment, cancellationToken).ConfigureAwait(false));

        if (options.Record)
        {
            var failure = Record(context, options, evaluation);
            if (failure is not null)
            {
                return failure;
            }
        }

        var failedThresholds = thresholds.Count(t => !t.Passed);
        var summary = $"{evaluation.Comparisons.Count} compared, {metrics["perf.regressions"].ToString(CultureInfo.InvariantCulture)} regressed; {thresholds.Count} thresholds, {failedThresholds} failed"
            + string.Concat(evaluation.Headroom.Select(h => $"; headroom {h.Rule.Service} {(h.Headroom is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "none")}"));
        return new GateOutcome(summary)
        {
            Findings = findings,
            Metrics = metrics,
            Thresholds = thresholds,
            Evidence = evidence,
            Details = comment,
        };
    }

    private static GateOutcome? Record(GateContext context, PerformanceOptions options, PerformanceEvaluation evaluation)
    {
        var store = OpenStore(context, options);
        if (store is null)
        {
            return GateOutcome.CouldNotEvaluate("--record needs a store: set 'store' in the performance-gate section of gates.yml or pass --store <dir> or --store branch:<name>[:<folder>] (or one of those as --baseline).", context.Section?.Location);
        }

        if (options.Commit is null && Git.Head(context.RepositoryRoot) is null)
        {
            return GateOutcome.CouldNotEvaluate("--record needs the head commit: run inside a git checkout or pass --commit <sha>.", context.Section?.Location);
        }

        string written;
        try
        {
            written = store is BaselineStore directory ? Display(context, directory.Record(evaluation.Head, options.Keep)) : store.Record(evaluation.Head, options.Keep);
        }
        catch (InvalidOperationException ex)
        {
            return GateOutcome.CouldNotEvaluate($"recording into {StoreDisplay(context, store)} failed: {ex.Message}", context.Section?.Location);
        }

        context.Log.WriteLine($"performance-gate: recorded {evaluation.Head.Values.Count} values for {evaluation.Head.Commit} in {written}");
        return null;
    }

    private static async Task<EvidenceItem> WriteEvidenceAsync(GateContext context, string path, string content, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var outputDirectory = Path.GetDirectoryName(context.EvidenceDirectory.TrimEnd(Path.DirectorySeparatorChar)) ?? context.EvidenceDirectory;
        var relative = Path.GetRelativePath(outputDirectory, path).Replace('\\', '/');
        return new EvidenceItem(relative, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static string Pct(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
