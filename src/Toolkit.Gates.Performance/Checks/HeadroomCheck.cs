using System.Globalization;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Headroom;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Reporting;
using Toolkit.Gates.Performance.Rules;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>Capacity headroom per service from the raw k6 stream of a stepped or ramping run, against the rule's target.</summary>
internal static class HeadroomCheck
{
    public static async Task<HeadroomCheckResult> RunAsync(IReadOnlyList<HeadroomRule> rules, RepositoryRelative files, CancellationToken cancellationToken)
    {
        var results = new List<HeadroomResult>();
        foreach (var rule in rules)
        {
            var display = files.Display(rule.Results);
            var read = await Task.Run(
                () => ResultReader.Read(files.Full(rule.Results), display, ResultFormat.K6Ndjson, new K6StreamOptions { GroupByLoad = true }, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            if (!read.Succeeded)
            {
                return HeadroomCheckResult.Failed(read.Error!, read.Location ?? rule.Location);
            }

            if (read.Results!.LoadSteps.Count == 0)
            {
                return HeadroomCheckResult.Failed(
                    $"{display}: no load levels found (no 'vus' points before the requests); headroom needs the raw k6 --out json stream of a stepped or ramping run.",
                    new SourceLocation(display));
            }

            results.Add(HeadroomCalculator.Compute(rule, read.Results.LoadSteps));
        }

        return Judge(results);
    }

    private static HeadroomCheckResult Judge(IReadOnlyList<HeadroomResult> results)
    {
        var thresholds = new List<ThresholdResult>();
        var metrics = new List<KeyValuePair<string, double>>();
        var findings = new List<Finding>();
        foreach (var result in results)
        {
            var name = "headroom." + result.Rule.Service;
            if (result.Headroom is { } h)
            {
                metrics.Add(new(name, Math.Round(h, 4)));
            }

            thresholds.Add(new ThresholdResult(name, $"{name}>={result.Rule.Target.ToString(CultureInfo.InvariantCulture)}", result.Headroom is { } v ? Math.Round(v, 4) : null, result.Passed));
            if (!result.Passed)
            {
                findings.Add(PerformanceRules.Headroom.Find(Severity.Error, PerformanceComment.HeadroomLine(result), result.Rule.Location));
            }
        }

        return new HeadroomCheckResult(results, thresholds, metrics, findings);
    }
}
