using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>
/// Reads a Sloth <c>prometheus/v1</c> spec (https://sloth.dev/specs/v1/) as one golden path per service, one ratio
/// SLI per SLO. Keys Sloth uses for alert generation are accepted and not needed here.
/// </summary>
internal static class SlothReader
{
    public static GoldenPath Read(SectionReader root, IReadOnlyList<Threshold> thresholds)
    {
        var service = root.RequiredString("service");
        var labels = root.StringMap("labels");
        var slis = new List<Sli>();
        foreach (var slo in root.MappingList("slos"))
        {
            var name = slo.RequiredString("name");
            var sli = slo.Mapping("sli");
            var events = sli?.Mapping("events");
            var raw = sli?.Mapping("raw");
            if (events is null && raw is null)
            {
                slo.ReportAt("sli", $"Sloth SLO '{name}' needs sli.events (error_query, total_query) or sli.raw (error_ratio_query); plugins are not supported.");
                continue;
            }

            slis.Add(new Sli(name, SliKind.Ratio, slo.Location)
            {
                ErrorQuery = events is not null ? events.Query("error_query") : raw!.Query("error_ratio_query"),
                TotalQuery = events?.Query("total_query"),
                Objective = slo.Double("objective", 99.9, 0, 99.9999),
                Window = TimeSpan.FromDays(30),
            });
            if (events is not null && (slis[^1].ErrorQuery is null || slis[^1].TotalQuery is null))
            {
                events.Report(events.Node, "sli.events needs both error_query and total_query.");
            }
        }

        return new GoldenPath(service, labels.GetValueOrDefault("owner") ?? labels.GetValueOrDefault("team") ?? "unowned", root.Location)
        {
            Slis = slis,
            Thresholds = thresholds,
        };
    }
}
