using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading.OpenSlo;

/// <summary>
/// Reads an OpenSLO v1 <c>SLO</c> document: one golden-path SLI per objective, in the golden path of its service.
/// Sources other than Prometheus load, and are marked unmeasurable with the SLO, the source type and its line.
/// </summary>
internal static class OpenSloSloReader
{
    private static readonly string[] Methods = ["Occurrences", "Timeslices", "RatioTimeslices"];

    public static IReadOnlyList<ServiceSli> Read(SectionReader root, OpenSloDocuments documents)
    {
        var (name, labels, annotations) = OpenSloDocuments.Metadata(root);
        var spec = root.Mapping("spec");
        root.Finish();
        if (spec is null)
        {
            root.Report(root.Node, $"SLO '{name}' has no spec.");
            return [];
        }

        spec.String("description");
        var service = spec.RequiredString("service");
        var indicator = Indicator(spec, documents, name, required: false);
        var (window, calendar) = TimeWindow(spec);
        var method = spec.Has("budgetingMethod") ? spec.Choice("budgetingMethod", "Occurrences", Methods) : null;
        if (method is null)
        {
            spec.Report(spec.Node, $"SLO '{name}' needs budgetingMethod (Occurrences, Timeslices or RatioTimeslices).");
        }

        var objectives = spec.MappingList("objectives").Select(o => Objective(o, documents, name, method ?? "Occurrences")).ToList();
        foreach (var policy in spec.MappingList("alertPolicies"))
        {
            documents.ValidateAlertPolicyItem(policy);
        }

        spec.Finish();
        if (objectives.Count == 0)
        {
            spec.ReportAt("objectives", $"SLO '{name}' needs at least one objective.");
        }

        var result = new List<ServiceSli>();
        for (var i = 0; i < objectives.Count; i++)
        {
            if (objectives[i] is not { } objective || method is null)
            {
                continue;
            }

            var own = objective.Indicator ?? indicator;
            if (own is null)
            {
                spec.Report(spec.Node, $"SLO '{name}' needs indicator or indicatorRef (on the SLO, or on each objective).");
                break;
            }

            if (own.Threshold is not null && objectives.Count > 1 && objective.Indicator is null)
            {
                spec.ReportAt("objectives", $"SLO '{name}' uses a thresholdMetric, so it may have only one objective (OpenSLO).");
                break;
            }

            if (own.Threshold is not null && (objective.Operator is null || objective.Value is null))
            {
                spec.Report(spec.Node, $"SLO '{name}' uses a thresholdMetric: its objective needs op and value.");
                continue;
            }

            var sliName = objectives.Count == 1 ? name : $"{name}/{objective.DisplayName ?? $"objective-{i + 1}"}";
            result.Add(new ServiceSli(service, ReaderExtensions.Owner(labels, annotations), Build(sliName, own, objective, method, window, calendar, labels), spec.LocationOf("service")));
        }

        return result;
    }

    /// <summary>The SLO's (or an objective's) indicator: inline <c>indicator</c> or <c>indicatorRef</c> to an SLI document.</summary>
    public static OpenSloIndicator? Indicator(SectionReader holder, OpenSloDocuments documents, string slo, bool required)
    {
        var inline = holder.Mapping("indicator");
        var reference = holder.String("indicatorRef");
        if (inline is not null && reference is not null)
        {
            holder.ReportAt("indicatorRef", $"SLO '{slo}' gives both indicator and indicatorRef; keep one.");
            return null;
        }

        if (inline is not null)
        {
            var (indicatorName, _, _) = OpenSloDocuments.Metadata(inline);
            var spec = inline.Mapping("spec");
            inline.Finish();
            if (spec is null)
            {
                inline.Report(inline.Node, "'spec' is required here.");
                return null;
            }

            return OpenSloIndicatorReader.Read(indicatorName, spec, documents.DataSources);
        }

        if (reference is not null)
        {
            var found = documents.Sli(reference);
            if (found is null)
            {
                holder.ReportAt("indicatorRef", $"no SLI document named '{reference}' in this file; add it (kind: SLI) or inline the indicator.");
            }

            return found;
        }

        if (required)
        {
            holder.Report(holder.Node, "'indicator' or 'indicatorRef' is required here.");
        }

        return null;
    }

    private static OpenSloObjective? Objective(SectionReader o, OpenSloDocuments documents, string slo, string method)
    {
        var display = o.String("displayName");
        var op = o.Has("op") ? o.Choice("op", "lt", "lt", "lte", "gt", "gte") : null;
        double? value = o.Has("value") ? o.Double("value", 0) : null;
        var hasTarget = o.Has("target");
        var hasPercent = o.Has("targetPercent");
        var target = hasTarget ? o.Double("target", 0.99, 0, 0.999999) * 100 : o.Double("targetPercent", 99, 0, 99.9999);
        double? sliceTarget = o.Has("timeSliceTarget") ? o.Double("timeSliceTarget", 1, 0, 1) : null;
        var slice = SliceWindow(o);
        o.Double("compositeWeight", 1, 0);
        var indicator = o.Has("indicator") || o.Has("indicatorRef") ? Indicator(o, documents, slo, required: false) : null;
        o.Finish();
        if (hasTarget == hasPercent)
        {
            o.Report(o.Node, $"an objective of SLO '{slo}' needs exactly one of target (0-1) or targetPercent (0-100).");
            return null;
        }

        if (method != "Occurrences" && slice is null)
        {
            o.Report(o.Node, $"budgetingMethod {method} needs timeSliceWindow on every objective.");
            return null;
        }

        if (method == "Timeslices" && sliceTarget is null)
        {
            o.Report(o.Node, "budgetingMethod Timeslices needs timeSliceTarget on every objective.");
            return null;
        }

        return new OpenSloObjective(display, target, o.Location)
        {
            Operator = op switch { "lt" => "<", "lte" => "<=", "gt" => ">", "gte" => ">=", _ => null },
            Value = value,
            TimeSliceTarget = sliceTarget,
            TimeSliceWindow = slice,
            Indicator = indicator,
        };
    }

    /// <summary><c>timeSliceWindow</c>: a duration shorthand, or a bare number of minutes.</summary>
    private static TimeSpan? SliceWindow(SectionReader o)
    {
        var text = o.String("timeSliceWindow");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
        {
            return TimeSpan.FromMinutes(minutes);
        }

        return OpenSloWindow.Read(o, "timeSliceWindow") is { } d ? OpenSloWindow.Length(d.Count, d.Unit) : null;
    }

    private static (TimeSpan Window, CalendarWindow? Calendar) TimeWindow(SectionReader spec)
    {
        var items = spec.MappingList("timeWindow");
        if (items.Count == 0)
        {
            return (TimeSpan.FromDays(30), null);
        }

        if (items.Count > 1)
        {
            spec.ReportAt("timeWindow", "timeWindow takes exactly one item (a rolling or a calendar-aligned window).");
        }

        var item = items[0];
        var duration = item.Has("duration") ? OpenSloWindow.Read(item, "duration") : null;
        var calendarNode = item.Mapping("calendar");
        var rolling = item.Bool("isRolling", calendarNode is null);
        item.Finish();
        if (duration is not { } d)
        {
            if (!item.Has("duration"))
            {
                item.Report(item.Node, "'duration' is required here.");
            }

            return (TimeSpan.FromDays(30), null);
        }

        if (rolling && calendarNode is not null)
        {
            item.ReportAt("isRolling", "a window with calendar is calendar-aligned; set isRolling: false or drop calendar.");
        }
        else if (!rolling && calendarNode is null)
        {
            item.ReportAt("isRolling", "a calendar-aligned window (isRolling: false) needs calendar.startTime and calendar.timeZone.");
        }

        var calendar = !rolling && calendarNode is not null ? OpenSloWindow.Calendar(calendarNode, d.Count, d.Unit) : null;
        return (OpenSloWindow.Length(d.Count, d.Unit), calendar);
    }

    private static Sli Build(string name, OpenSloIndicator indicator, OpenSloObjective objective, string method, TimeSpan window, CalendarWindow? calendar, IReadOnlyDictionary<string, string> labels)
    {
        var sli = new Sli(name, SliKind.Ratio, objective.Location)
        {
            Objective = objective.TargetPercent,
            Window = window,
            Calendar = calendar,
            Labels = labels,
        };
        if (indicator.Metrics.FirstOrDefault(m => !m.IsPrometheus) is { } foreign)
        {
            return sli with
            {
                Unmeasurable = new Unmeasurable($"SLO '{name}' reads metricSource type '{foreign.Type}', which slo-gates cannot query (Prometheus only); measure it with a Prometheus source or leave it out of the golden-paths file.", foreign.TypeLocation),
            };
        }

        return OpenSloQueries.Apply(sli, indicator, objective, method);
    }
}
