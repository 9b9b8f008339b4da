using Toolkit.Core.Configuration;

namespace Toolkit.Gates.Slo.Loading.OpenSlo;

/// <summary>Reads the <c>spec</c> of an OpenSLO v1 SLI (a document, or inlined as <c>indicator</c>).</summary>
internal static class OpenSloIndicatorReader
{
    public static OpenSloIndicator? Read(string name, SectionReader spec, IReadOnlyDictionary<string, SectionReader> dataSources)
    {
        spec.String("description");
        var ratio = spec.Mapping("ratioMetric");
        var threshold = spec.Mapping("thresholdMetric");
        spec.Finish();
        if ((ratio is null) == (threshold is null))
        {
            spec.Report(spec.Node, $"SLI '{name}' needs exactly one of ratioMetric or thresholdMetric.");
            return null;
        }

        if (threshold is not null)
        {
            var metric = Metric(threshold, dataSources);
            threshold.Finish();
            return metric is null ? null : new OpenSloIndicator(name) { Threshold = metric };
        }

        return Ratio(name, ratio!, dataSources);
    }

    /// <summary>Reads <c>metricSource</c> under <paramref name="holder"/>, resolving <c>metricSourceRef</c> to a DataSource document.</summary>
    public static OpenSloMetric? Metric(SectionReader holder, IReadOnlyDictionary<string, SectionReader> dataSources)
    {
        var source = holder.Mapping("metricSource");
        if (source is null)
        {
            holder.Report(holder.Node, "'metricSource' is required here.");
            return null;
        }

        var reference = source.String("metricSourceRef");
        var type = source.String("type");
        var spec = source.Mapping("spec");
        source.Finish();
        var typeAt = source.LocationOf(type is not null ? "type" : "metricSourceRef");
        if (reference is not null && dataSources.TryGetValue(reference, out var dataSource))
        {
            var declared = dataSource.Mapping("spec")?.String("type");
            if (type is not null && declared is not null && !string.Equals(type, declared, StringComparison.OrdinalIgnoreCase))
            {
                source.ReportAt("type", $"type '{type}' contradicts DataSource '{reference}', which is of type '{declared}'.");
                return null;
            }

            type ??= declared;
        }
        else if (reference is not null && type is null)
        {
            source.ReportAt("metricSourceRef", $"no DataSource named '{reference}' in this file; add it (kind: DataSource) or give the source type inline.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(type))
        {
            source.Report(source.Node, "'type' is required when no metricSourceRef names a DataSource.");
            return null;
        }

        var metric = new OpenSloMetric(type, null, typeAt);
        if (!metric.IsPrometheus)
        {
            return metric;
        }

        var query = spec?.RequiredString("query");
        if (spec is null)
        {
            source.Report(source.Node, "a Prometheus metricSource needs spec.query.");
            return null;
        }

        return string.IsNullOrEmpty(query) ? null : metric with { Query = query };
    }

    private static OpenSloIndicator? Ratio(string name, SectionReader ratio, IReadOnlyDictionary<string, SectionReader> dataSources)
    {
        var counter = ratio.Bool("counter", true);
        var good = Part(ratio, "good", dataSources);
        var bad = Part(ratio, "bad", dataSources);
        var total = Part(ratio, "total", dataSources);
        var raw = Part(ratio, "raw", dataSources);
        var rawType = ratio.Has("rawType") ? ratio.Choice("rawType", "success", "success", "failure") : null;
        ratio.Finish();
        if (ratio.HasErrors && new[] { good, bad, total, raw }.All(m => m is null))
        {
            return null;
        }

        if (raw is not null)
        {
            if (good is not null || bad is not null || total is not null)
            {
                ratio.ReportAt("raw", $"SLI '{name}': raw cannot be combined with good, bad or total.");
                return null;
            }

            if (rawType is null)
            {
                ratio.ReportAt("raw", $"SLI '{name}': raw needs rawType (success or failure).");
                return null;
            }

            return new OpenSloIndicator(name) { Raw = raw, RawIsFailure = rawType == "failure" };
        }

        if ((good is null) == (bad is null) || total is null)
        {
            ratio.Report(ratio.Node, $"SLI '{name}': ratioMetric needs total with exactly one of good or bad (or raw with rawType).");
            return null;
        }

        return new OpenSloIndicator(name) { Good = good, Bad = bad, Total = total, Counter = counter };
    }

    private static OpenSloMetric? Part(SectionReader ratio, string key, IReadOnlyDictionary<string, SectionReader> dataSources)
    {
        var part = ratio.Mapping(key);
        if (part is null)
        {
            return null;
        }

        var metric = Metric(part, dataSources);
        part.Finish();
        if (metric?.Query is { } query && PromQl.FixedRange(query) is { } range)
        {
            // Windowing rate(x[5m]) again would measure the wrong thing; see docs/slo-formats.md.
            part.Mapping("metricSource")?.Mapping("spec")?.ReportAt("query", $"'{key}' query has the fixed range {range} and no {{{{window}}}} placeholder; write the range as [{{{{window}}}}], or give the bare counter selector and slo-gates windows it.");
            return null;
        }

        return metric;
    }
}
