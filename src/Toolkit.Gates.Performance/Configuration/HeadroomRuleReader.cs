using Toolkit.Core.Configuration;
using Toolkit.Gates.Performance.Headroom;

namespace Toolkit.Gates.Performance.Configuration;

/// <summary>The <c>headroom</c> list: one capacity check per service, each default taken from <see cref="HeadroomRule"/>.</summary>
internal static class HeadroomRuleReader
{
    private static readonly HeadroomRule Defaults = new(string.Empty, string.Empty, 0);

    public static List<HeadroomRule> Read(SectionReader reader)
    {
        var rules = new List<HeadroomRule>();
        foreach (var r in reader.MappingList("headroom"))
        {
            var rule = new HeadroomRule(r.RequiredString("service"), r.RequiredString("results"), r.Double("expected_peak", 0, min: 0))
            {
                Unit = r.Choice("unit", Defaults.Unit, "rps", "vus"),
                Percentile = r.Double("percentile", Defaults.Percentile, min: 0, max: 100),
                LatencyMs = r.Double("latency_ms", Defaults.LatencyMs, min: 0),
                ErrorRate = r.Double("error_rate", Defaults.ErrorRate, min: 0, max: 1),
                Target = r.Double("target", Defaults.Target, min: -1, max: 1),
                MinRequests = r.Int("min_requests", Defaults.MinRequests, min: 1),
                Location = r.Location,
            };
            if (!r.Has("expected_peak"))
            {
                r.ReportAt("expected_peak", "'expected_peak' is required: the peak load expected in production, in the rule's unit (rps by default).");
            }

            r.Finish();
            rules.Add(rule);
        }

        return rules;
    }
}
