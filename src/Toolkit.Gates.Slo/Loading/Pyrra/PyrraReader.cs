using System.Globalization;
using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading.Pyrra;

/// <summary>
/// Reads a Pyrra <c>pyrra.dev/v1alpha1 ServiceLevelObjective</c>: ratio (errors/total counters), latency (histogram
/// bucket and count), latencyNative (native histogram) or bool_gauge indicators, each a golden path of its own named
/// after the object. Metrics are bare selectors; slo-gates windows them as Pyrra does (docs/slo-formats.md) and
/// measures the SLO over all groups together (<c>grouping</c> shapes only the alert labels).
/// </summary>
internal static class PyrraReader
{
    public static IReadOnlyList<ServiceSli> Read(SectionReader root)
    {
        var metadata = root.Mapping("metadata");
        var name = metadata?.RequiredString("name") ?? string.Empty;
        var labels = metadata?.StringMap("labels") ?? new Dictionary<string, string>();
        var spec = root.Mapping("spec");
        root.Raw("status");
        root.Finish();
        if (metadata is null || spec is null)
        {
            root.Report(root.Node, "a Pyrra ServiceLevelObjective needs metadata.name and spec.");
            return [];
        }

        spec.String("description");
        var targetText = spec.RequiredString("target");
        var window = spec.Duration("window", TimeSpan.FromDays(28));
        if (!spec.Has("window"))
        {
            spec.Report(spec.Node, "'window' is required here (e.g. 4w or 28d).");
        }

        spec.Choice("partial_response_strategy", "abort", "abort", "warn");
        var alerting = Alerting(spec.Mapping("alerting"), name);
        var indicator = spec.Mapping("indicator");
        spec.Finish();
        if (!double.TryParse(targetText, NumberStyles.Float, CultureInfo.InvariantCulture, out var target) || target <= 0 || target >= 100)
        {
            if (targetText.Length > 0)
            {
                spec.ReportAt("target", $"'target' must be a percentage between 0 and 100 (exclusive), such as \"99.9\", not '{targetText}'.");
            }

            return [];
        }

        if (indicator is null)
        {
            spec.Report(spec.Node, "'indicator' is required here (ratio, latency, latencyNative or bool_gauge).");
            return [];
        }

        var sli = new Sli(name, SliKind.Ratio, root.Location) { Objective = target, Window = window, Labels = labels, Alerting = alerting };
        return Indicator(indicator, sli) is { } measured
            ? [new ServiceSli(name, ReaderExtensions.Owner(labels), measured, metadata.LocationOf("name"))]
            : [];
    }

    private static Sli? Indicator(SectionReader indicator, Sli sli)
    {
        var ratio = indicator.Mapping("ratio");
        var latency = indicator.Mapping("latency");
        var native = indicator.Mapping("latencyNative");
        var gauge = indicator.Mapping("bool_gauge");
        indicator.Finish();
        if (new[] { ratio, latency, native, gauge }.Count(x => x is not null) != 1)
        {
            indicator.Report(indicator.Node, "give exactly one indicator: ratio, latency, latencyNative or bool_gauge.");
            return null;
        }

        if (ratio is not null)
        {
            var (errors, total) = (Metric(ratio, "errors"), Metric(ratio, "total"));
            Finish(ratio);
            return errors is null || total is null ? null : sli with { ErrorQuery = PromQl.CounterRate(errors), TotalQuery = PromQl.CounterRate(total) };
        }

        if (latency is not null)
        {
            var (success, total) = (Metric(latency, "success"), Metric(latency, "total"));
            Finish(latency);
            return success is null || total is null ? null : sli with { GoodQuery = PromQl.CounterRate(success), TotalQuery = PromQl.CounterRate(total) };
        }

        if (native is not null)
        {
            var total = Metric(native, "total");
            var limit = native.Duration("latency", TimeSpan.Zero);
            if (!native.Has("latency"))
            {
                native.Report(native.Node, "'latency' is required here (e.g. 200ms).");
            }

            Finish(native);
            if (total is null || limit <= TimeSpan.Zero)
            {
                return null;
            }

            var rate = PromQl.CounterRate(total);
            var seconds = limit.TotalSeconds.ToString("R", CultureInfo.InvariantCulture);
            return sli with { GoodQuery = $"histogram_fraction(0, {seconds}, {rate}) * histogram_count({rate})", TotalQuery = $"histogram_count({rate})" };
        }

        var metric = gauge!.RequiredString("metric");
        Finish(gauge);
        return metric.Length == 0 || !Selector(gauge, "metric", metric) ? null
            : sli with { GoodQuery = PromQl.GaugeSum(metric), TotalQuery = PromQl.GaugeCount(metric) };
    }

    private static string? Metric(SectionReader indicator, string key)
    {
        var part = indicator.Mapping(key);
        if (part is null)
        {
            indicator.Report(indicator.Node, $"'{key}.metric' is required here.");
            return null;
        }

        var metric = part.RequiredString("metric");
        part.Finish();
        return metric.Length > 0 && Selector(part, "metric", metric) ? metric : null;
    }

    private static bool Selector(SectionReader reader, string key, string metric)
    {
        if (PromQl.IsSelector(metric))
        {
            return true;
        }

        reader.ReportAt(key, $"Pyrra metrics are vector selectors such as http_requests_total{{code=~\"5..\"}}; '{metric}' is not one.");
        return false;
    }

    private static void Finish(SectionReader indicator)
    {
        indicator.StringList("grouping");
        indicator.Finish();
    }

    private static AlertSpec Alerting(SectionReader? alerting, string slo)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["slo"] = slo };
        if (alerting is null)
        {
            return new AlertSpec { Name = "ErrorBudgetBurn", Labels = labels };
        }

        var disabled = alerting.Bool("disabled", false);
        var burnrates = alerting.Bool("burnrates", true);
        alerting.Bool("absent", true);
        alerting.String("absentName");
        var name = alerting.String("name") ?? "ErrorBudgetBurn";
        alerting.Finish();
        var on = !disabled && burnrates;
        return new AlertSpec { Name = name, Page = on, Ticket = on, Labels = labels };
    }
}
