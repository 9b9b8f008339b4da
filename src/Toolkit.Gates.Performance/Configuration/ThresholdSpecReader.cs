using Toolkit.Core.Configuration;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.K6;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Performance.Configuration;

/// <summary>The <c>thresholds</c> key in k6's own shape: metric (or sub-metric) -> one expression or a list of them.</summary>
internal static class ThresholdSpecReader
{
    public static List<ThresholdSpec> Read(SectionReader reader)
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
}
