using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Reporting;
using Toolkit.Gates.Slo.Rules;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>Holds each golden path's thresholds (<c>p95_ms&lt;=150</c>, <c>burn==0</c>) to what was measured, per source.</summary>
internal static class ThresholdCheck
{
    /// <param name="measured">One golden path's measurements.</param>
    /// <param name="failing">The lowest burn level that counts for <c>burn</c>.</param>
    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<ThresholdResult> Thresholds) Judge(PathMeasurement measured, BurnLevel failing)
    {
        var findings = new List<Finding>();
        var thresholds = new List<ThresholdResult>();
        var path = measured.Path;

        // An SLI without data is reported as such; its thresholds are not also "unmeasured".
        var hasMissingData = measured.Slis.Any(s => s.NoData is not null);
        foreach (var threshold in path.Thresholds)
        {
            var values = measured.Values(threshold.Metric, failing);
            if (values.Count == 0)
            {
                if (!hasMissingData)
                {
                    thresholds.Add(new ThresholdResult($"{path.Name}.{threshold.Metric}", threshold.Expression, null, false));
                    findings.Add(SloRules.UnmeasuredThreshold.Find(Severity.Error,
                        $"golden path '{path.Name}' has threshold {threshold.Expression} but nothing measures {threshold.Metric}; add an SLI or a probe that does, or remove the threshold.", threshold.Location));
                }

                continue;
            }

            foreach (var (source, value) in values)
            {
                var name = $"{path.Name}.{threshold.Metric}" + (source == "probe" ? " (probe)" : string.Empty);
                var passed = threshold.Holds(value);
                thresholds.Add(new ThresholdResult(name, threshold.Expression, value, passed));
                if (!passed)
                {
                    findings.Add(SloRules.Threshold.Find(Severity.Error,
                        $"golden path '{path.Name}': {threshold.Metric} is {Figures.Format(value)} from {source}, which breaks {threshold.Expression}.", threshold.Location));
                }
            }
        }

        return (findings, thresholds);
    }
}
