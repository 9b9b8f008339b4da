using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>
/// Reads OpenSLO v1 <c>SLO</c> documents (https://github.com/OpenSLO/OpenSLO#slo) with inline <c>indicator</c> or an
/// <c>indicatorRef</c> to an <c>SLI</c> document in the same file. Ratio metrics from Prometheus sources only.
/// </summary>
internal static class OpenSloReader
{
    public static (string Service, Sli Sli, string Owner)? ReadSlo(SectionReader root, IReadOnlyDictionary<string, SectionReader> sliDocuments)
    {
        var metadata = root.Mapping("metadata");
        var name = metadata?.RequiredString("name") ?? "slo";
        var labels = metadata?.StringMap("labels") ?? new Dictionary<string, string>();
        var annotations = metadata?.StringMap("annotations") ?? new Dictionary<string, string>();
        var spec = root.Mapping("spec");
        if (spec is null)
        {
            root.Report(root.Node, $"OpenSLO SLO '{name}' has no spec.");
            return null;
        }

        var service = spec.RequiredString("service");
        var indicatorSpec = spec.Mapping("indicator")?.Mapping("spec");
        if (indicatorSpec is null && spec.String("indicatorRef") is { } reference)
        {
            if (sliDocuments.TryGetValue(reference, out var sliDoc))
            {
                indicatorSpec = sliDoc.Mapping("spec");
            }
            else
            {
                spec.ReportAt("indicatorRef", $"no SLI document named '{reference}' in this file; add it (kind: SLI) or inline the indicator.");
                return null;
            }
        }

        var ratio = indicatorSpec?.Mapping("ratioMetric");
        if (ratio is null)
        {
            spec.Report(spec.Node, $"OpenSLO SLO '{name}' needs an indicator with a ratioMetric (thresholdMetric is not supported).");
            return null;
        }

        var good = SourceQuery(ratio, "good");
        var bad = SourceQuery(ratio, "bad");
        var total = SourceQuery(ratio, "total");
        if ((good is null && bad is null) || total is null)
        {
            ratio.Report(ratio.Node, "ratioMetric needs total and good (or bad), each with metricSource type Prometheus and spec.query.");
            return null;
        }

        var window = TimeSpan.FromDays(30);
        if (spec.MappingList("timeWindow").FirstOrDefault() is { } tw)
        {
            window = tw.Duration("duration", window);
        }

        var objective = spec.MappingList("objectives").FirstOrDefault();
        var target = objective is null ? 99.9
            : objective.Has("targetPercent") ? objective.Double("targetPercent", 99.9, 0, 99.9999)
            : objective.Double("target", 0.999, 0, 0.999999) * 100;
        var sli = new Sli(name, SliKind.Ratio, root.Location)
        {
            GoodQuery = good,
            ErrorQuery = bad,
            TotalQuery = total,
            Objective = target,
            Window = window,
        };
        var owner = labels.GetValueOrDefault("owner") ?? annotations.GetValueOrDefault("owner") ?? labels.GetValueOrDefault("team") ?? "unowned";
        return (service, sli, owner);
    }

    private static string? SourceQuery(SectionReader ratio, string key)
    {
        var part = ratio.Mapping(key);
        var source = part?.Mapping("metricSource");
        if (source is null)
        {
            return null;
        }

        var type = source.String("type");
        if (!string.Equals(type, "Prometheus", StringComparison.OrdinalIgnoreCase))
        {
            source.ReportAt("type", $"metricSource type '{type}' is not supported; only Prometheus queries can be evaluated.");
            return null;
        }

        return source.Mapping("spec")?.Query("query");
    }
}
