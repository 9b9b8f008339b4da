using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Canary;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Reporting;
using Toolkit.Gates.Slo.Rules;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>Compares canary and baseline when the golden paths declare a canary and both selectors are set.</summary>
internal static class CanaryCheck
{
    /// <summary>The comparison, or null when none was asked for (or there is no Prometheus to ask).</summary>
    public static async Task<CanaryResult?> RunAsync(SliEvaluator? evaluator, GoldenPathSet set, SloOptions options, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (set.Canary is null || evaluator is null || options.BaselineSelector is null)
        {
            return null;
        }

        return await new CanaryEvaluator(evaluator).EvaluateAsync(set.Paths, set.Canary, options.BaselineSelector, options.CanarySelector!, at, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The one canary finding; an error when no SLI could be compared, which makes the verdict <c>error</c>.</summary>
    public static (Finding Finding, bool CouldNotEvaluate) Judge(CanaryResult canary, GoldenPathSet set)
    {
        var location = new SourceLocation(set.File, set.Canary?.Objectives.FirstOrDefault()?.Location.Line ?? 0);
        var failedOnes = string.Join(", ", canary.Outcomes.Where(o => o.Result != "pass").Select(o => $"{o.Path} {o.Metric} canary {Figures.Format(o.Canary)} vs baseline {Figures.Format(o.Baseline)} ({o.Result})"));
        var (severity, text) = canary.Verdict switch
        {
            "pass" => (Severity.Note, "passes"),
            "warn" => (Severity.Warning, "warns"),
            "fail" => (Severity.Error, "fails"),
            _ => (Severity.Error, "could not be evaluated: no SLI query has a {{selector}} placeholder for the canary and baseline label matchers"),
        };
        var finding = SloRules.Canary.Find(severity, $"canary comparison {text} with score {Figures.Format(canary.Score)}{(failedOnes.Length > 0 ? ": " + failedOnes : string.Empty)}.", location);
        return (finding, canary.Verdict == "error");
    }
}
