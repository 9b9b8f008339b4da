using Toolkit.Core.Configuration;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Headroom;
using Toolkit.Gates.Performance.K6;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Performance;

/// <summary>Thresholds (k6's own shape: metric -> list of expressions) and headroom rules.</summary>
internal static partial class PerformanceOptionsBinder
{
    private static List<ThresholdSpec> ReadThresholds(SectionReader reader)
    {
        var specs = new List<ThresholdSpec>();
        if (reader.Mapping("thresholds") is not { } thresholds)
        {
            return specs;
        }

        foreach (var (keyNode, valueNode) in thresholds.Node.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            thresholds.Has(name);
            var selector = MetricSelector.TryParse(name, out var selectorError);
            if (selector is null)
            {
                thresholds.Report(keyNode, selectorError!);
                continue;
            }

            IEnumerable<YamlNode> items = valueNode is YamlSequenceNode sequence ? sequence.Children : [valueNode];
            foreach (var item in items)
            {
                if (item is not YamlScalarNode { Value: { } text })
                {
                    thresholds.Report(item, $"thresholds of '{name}' must be k6 expressions such as \"p(95)<500\".");
                    continue;
                }

                var expression = ThresholdExpression.TryParse(text, out var error);
                if (expression is null)
                {
                    thresholds.Report(item, error!);
                    continue;
                }

                specs.Add(new ThresholdSpec(selector, expression, new SourceLocation(reader.File, (int)item.Start.Line, (int)item.Start.Column)));
            }
        }

        thresholds.Finish();
        return specs;
    }

    private static List<HeadroomRule> ReadHeadroom(SectionReader reader)
    {
        var rules = new List<HeadroomRule>();
        foreach (var r in reader.MappingList("headroom"))
        {
            var rule = new HeadroomRule(r.RequiredString("service"), r.RequiredString("results"), r.Double("expected_peak", 0, min: 0))
            {
                Unit = r.Choice("unit", "rps", "rps", "vus"),
                Percentile = r.Double("percentile", 95, min: 0, max: 100),
                LatencyMs = r.Double("latency_ms", 500, min: 0),
                ErrorRate = r.Double("error_rate", 0.01, min: 0, max: 1),
                Target = r.Double("target", 0.20, min: -1, max: 1),
                MinRequests = r.Int("min_requests", 20, min: 1),
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
