using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading.OpenSlo;

/// <summary>
/// Reads OpenSLO <c>v1alpha</c> SLO documents, the form Sloth accepts: <c>objectives[].ratioMetrics</c> with
/// <c>source</c>/<c>queryType</c>/<c>query</c>, an optional <c>indicator.thresholdMetric</c>, and
/// <c>timeWindows[]</c> of <c>count</c> and <c>unit</c>.
/// </summary>
internal static class OpenSloV1AlphaReader
{
    private static readonly string[] Units = ["Second", "Minute", "Hour", "Day", "Week", "Month", "Quarter", "Year"];

    public static IReadOnlyList<ServiceSli> Read(SectionReader root, string kind)
    {
        var (name, labels, annotations) = OpenSloDocuments.Metadata(root);
        var spec = root.Mapping("spec");
        root.Finish();
        if (spec is null)
        {
            root.Report(root.Node, $"{kind} '{name}' has no spec.");
            return [];
        }

        spec.String("description");
        if (kind == "Service")
        {
            spec.Finish();
            return [];
        }

        var service = spec.RequiredString("service");
        var method = spec.Choice("budgetingMethod", "Occurrences", "Occurrences", "Timeslices");
        var (window, calendar) = TimeWindows(spec);
        var threshold = spec.Mapping("indicator")?.Mapping("thresholdMetric") is { } t ? Metric(t) : null;
        var objectives = spec.MappingList("objectives");
        spec.Finish();
        var result = new List<ServiceSli>();
        for (var i = 0; i < objectives.Count; i++)
        {
            var o = objectives[i];
            var display = o.String("displayName");
            var target = o.Double("target", 0.99, 0, 0.999999) * 100;
            var op = o.Has("op") ? o.Choice("op", "lt", "lt", "lte", "gt", "gte") : null;
            double? value = o.Has("value") ? o.Double("value", 0) : null;
            double? sliceTarget = o.Has("timeSliceTarget") ? o.Double("timeSliceTarget", 1, 0, 1) : null;
            var indicator = o.Mapping("ratioMetrics") is { } ratio ? Ratio(ratio, name) : threshold is null ? null : new OpenSloIndicator(name) { Threshold = threshold };
            o.Finish();
            if (indicator is null)
            {
                if (!o.HasErrors)
                {
                    o.Report(o.Node, $"an objective of SLO '{name}' needs ratioMetrics, or the SLO needs indicator.thresholdMetric.");
                }

                continue;
            }

            var objective = new OpenSloObjective(display, target, o.Location)
            {
                Operator = op switch { "lt" => "<", "lte" => "<=", "gt" => ">", "gte" => ">=", _ => null },
                Value = value,
                TimeSliceTarget = sliceTarget,
                TimeSliceWindow = TimeSpan.FromMinutes(1),
            };
            var sliName = objectives.Count == 1 ? name : $"{name}/{display ?? $"objective-{i + 1}"}";
            var sli = new Sli(sliName, SliKind.Ratio, o.Location) { Objective = target, Window = window, Calendar = calendar, Labels = labels };
            sli = indicator.Metrics.FirstOrDefault(m => !m.IsPrometheus) is { } foreign
                ? sli with { Unmeasurable = new Unmeasurable($"SLO '{sliName}' reads source '{foreign.Type}', which slo-gates cannot query (Prometheus only).", foreign.TypeLocation) }
                : OpenSloQueries.Apply(sli, indicator, objective, method == "Timeslices" && sliceTarget is not null ? "Timeslices" : "Occurrences");
            result.Add(new ServiceSli(service, ReaderExtensions.Owner(labels, annotations), sli, spec.LocationOf("service")));
        }

        return result;
    }

    private static OpenSloIndicator? Ratio(SectionReader ratio, string name)
    {
        var counter = ratio.Bool("counter", true);
        ratio.Bool("incremental", true);
        var good = ratio.Mapping("good") is { } g ? Metric(g) : null;
        var bad = ratio.Mapping("bad") is { } b ? Metric(b) : null;
        var total = ratio.Mapping("total") is { } t ? Metric(t) : null;
        ratio.Finish();
        if ((good is null) == (bad is null) || total is null)
        {
            ratio.Report(ratio.Node, $"SLO '{name}': ratioMetrics needs total with exactly one of good or bad.");
            return null;
        }

        return new OpenSloIndicator(name) { Good = good, Bad = bad, Total = total, Counter = counter };
    }

    private static OpenSloMetric? Metric(SectionReader metric)
    {
        var source = metric.RequiredString("source");
        var queryType = metric.String("queryType");
        var query = metric.RequiredString("query");
        metric.Raw("metadata");
        metric.Finish();
        var type = string.Equals(source, "prometheus", StringComparison.OrdinalIgnoreCase) && queryType is null or "promql" ? "Prometheus" : source;
        return source.Length == 0 || query.Length == 0 ? null : new OpenSloMetric(type, type == "Prometheus" ? query : null, metric.LocationOf("source"));
    }

    private static (TimeSpan Window, CalendarWindow? Calendar) TimeWindows(SectionReader spec)
    {
        var item = spec.MappingList("timeWindows").FirstOrDefault();
        if (item is null)
        {
            return (TimeSpan.FromDays(30), null);
        }

        var count = item.Int("count", 30, 1);
        var unit = item.Choice("unit", "Day", Units);
        var calendar = item.Mapping("calendar");
        var rolling = item.Bool("isRolling", calendar is null);
        item.Finish();
        var code = unit switch { "Second" => 's', "Minute" => 'm', "Hour" => 'h', "Day" => 'd', "Week" => 'w', "Month" => 'M', "Quarter" => 'Q', _ => 'Y' };
        var window = OpenSloWindow.Length(count, code);
        return (window, !rolling && calendar is not null ? OpenSloWindow.Calendar(calendar, count, code) : null);
    }
}
