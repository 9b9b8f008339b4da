using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>
/// What must hold before anything is measured: an SLO to measure, every SLO measurable on Prometheus, and the URLs
/// the SLIs and probes need. A gap makes the verdict <c>error</c>: the gate never passes what it could not measure.
/// </summary>
internal static class PrerequisiteCheck
{
    /// <summary>The first gap, as a message and the place to fix it; null when measuring can start.</summary>
    public static (string Message, SourceLocation? Location)? Check(GoldenPathSet set, SloOptions options)
    {
        if (set.Paths.Count == 0)
        {
            return ($"{set.File} declares no SLO to measure (it holds {string.Join(", ", set.DocumentKinds.Distinct())}); add an SLO, or point golden_paths at the file that has them.",
                new SourceLocation(set.File, 1, 1));
        }

        var unmeasurable = set.Paths.SelectMany(p => p.Slis).Select(s => s.Unmeasurable).OfType<Unmeasurable>().ToList();
        if (unmeasurable.Count > 0)
        {
            return (string.Join(Environment.NewLine, unmeasurable), unmeasurable[0].Location);
        }

        if (options.PrometheusUrl is null && set.Paths.FirstOrDefault(p => p.Slis.Count > 0) is { } measured)
        {
            return ($"golden path '{measured.Name}' has SLIs but no Prometheus URL is set; pass --prometheus-url or set prometheus_url under gates.slo-gates in .github/gates.yml.",
                measured.Location);
        }

        if (options.BaseUrl is null && set.Paths.FirstOrDefault(p => p.Probe is not null) is { } probed)
        {
            return ($"golden path '{probed.Name}' has a probe but no base URL is set; pass --base-url or set base_url under gates.slo-gates in .github/gates.yml.",
                probed.Probe!.Location);
        }

        return null;
    }
}
