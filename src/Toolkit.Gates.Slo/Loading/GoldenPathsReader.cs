using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>Reads the toolkit's own <c>golden_paths.yaml</c> format.</summary>
internal static class GoldenPathsReader
{
    public static (IReadOnlyList<GoldenPath> Paths, CanarySpec? Canary) Read(SectionReader root)
    {
        var paths = new List<GoldenPath>();
        foreach (var entry in root.MappingList("golden_paths"))
        {
            paths.Add(ReadPath(entry));
            entry.Finish();
        }

        var canary = root.Mapping("canary") is { } c ? ReadCanary(c) : null;
        root.Has("version");
        root.Finish();
        return (paths, canary);
    }

    private static GoldenPath ReadPath(SectionReader entry)
    {
        var name = entry.RequiredString("name");
        var slis = entry.MappingList("slis").Select(ReadSli).ToList();
        return new GoldenPath(name, entry.String("owner") ?? "unowned", entry.Location)
        {
            Slis = slis,
            Probe = entry.Mapping("probe") is { } p ? ReadProbe(p) : null,
            Thresholds = ReadThresholds(entry),
            EvaluationWindow = entry.Duration("evaluation_window", TimeSpan.FromHours(1)),
        };
    }

    internal static IReadOnlyList<Threshold> ReadThresholds(SectionReader entry)
    {
        var thresholds = new List<Threshold>();
        var node = entry.Raw("thresholds");
        var items = entry.StringList("thresholds");
        var nodes = node is YamlDotNet.RepresentationModel.YamlSequenceNode seq ? seq.Children.ToList() : [];
        for (var i = 0; i < items.Count; i++)
        {
            var at = i < nodes.Count ? nodes[i] : node!;
            var location = new Toolkit.Core.Verdicts.SourceLocation(entry.File, (int)at.Start.Line, (int)at.Start.Column);
            if (Threshold.TryParse(items[i], location, out var error) is { } threshold)
            {
                thresholds.Add(threshold);
            }
            else
            {
                entry.Report(at, error!);
            }
        }

        return thresholds;
    }

    private static Sli ReadSli(SectionReader s)
    {
        var name = s.RequiredString("name");
        var quantiles = s.StringMap("latency");
        foreach (var key in quantiles.Keys.Where(k => k is not ("p50_ms" or "p95_ms" or "p99_ms")))
        {
            s.ReportAt("latency", $"latency key '{key}' is not known; use p50_ms, p95_ms or p99_ms (queries return seconds).");
        }

        var sli = new Sli(name, quantiles.Count > 0 ? SliKind.Latency : SliKind.Ratio, s.Location)
        {
            ErrorQuery = s.Query("error_query") ?? s.Query("error_ratio_query"),
            GoodQuery = s.Query("good_query"),
            TotalQuery = s.Query("total_query"),
            Quantiles = quantiles,
            Objective = s.Double("objective", 99.9, 0, 99.9999),
            Window = s.Duration("window", TimeSpan.FromDays(30)),
            OnNoData = s.NoData(),
        };
        Validate(s, sli);
        return sli;
    }

    private static void Validate(SectionReader s, Sli sli)
    {
        if (sli.Kind == SliKind.Latency)
        {
            if (sli.ErrorQuery is not null || sli.GoodQuery is not null || sli.TotalQuery is not null)
            {
                s.ReportAt("latency", "an SLI is either a ratio (error_query/good_query with total_query) or latency, not both; split it in two.");
            }

            return;
        }

        var ratioOnly = s.Has("error_ratio_query");
        if (sli.ErrorQuery is null && sli.GoodQuery is null)
        {
            s.Report(s.Node, $"SLI '{sli.Name}' needs error_query or good_query with total_query, error_ratio_query, or latency quantiles.");
        }
        else if (sli.ErrorQuery is not null && sli.GoodQuery is not null)
        {
            s.ReportAt("good_query", "give error_query or good_query, not both.");
        }
        else if (sli.TotalQuery is null && !ratioOnly)
        {
            s.Report(s.Node, $"SLI '{sli.Name}' needs total_query next to its error_query/good_query.");
        }
    }

    private static Probe ReadProbe(SectionReader p)
    {
        var probe = new Probe(p.Choice("method", "GET", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"), p.RequiredString("url"), p.Location)
        {
            Headers = p.StringMap("headers"),
            Body = p.String("body"),
            ExpectStatus = p.Int("expect_status", 200, 100, 599),
            ExpectBody = p.String("expect_body"),
            Timeout = p.Duration("timeout", TimeSpan.FromSeconds(5)),
            Count = p.Has("count") ? p.Int("count", 20, 1, 10_000) : null,
        };
        p.Finish();
        return probe;
    }

    private static CanarySpec ReadCanary(SectionReader c)
    {
        var objectives = new List<CanaryObjective>();
        foreach (var o in c.MappingList("objectives"))
        {
            var metric = o.Choice("metric", "error_rate", "error_rate", "p50_ms", "p95_ms", "p99_ms");
            var pass = Criterion(o, "pass", required: true);
            var warning = Criterion(o, "warning", required: false);
            if (pass is not null)
            {
                objectives.Add(new CanaryObjective(metric, pass, o.Location) { Warning = warning, Weight = o.Double("weight", 1, 0, 1000) });
            }

            o.Finish();
        }

        var spec = new CanarySpec
        {
            Objectives = objectives,
            Window = c.Duration("window", TimeSpan.FromHours(1)),
            PassScore = c.Double("pass_score", 90, 0, 100),
            WarnScore = c.Double("warn_score", 75, 0, 100),
        };
        c.Finish();
        return spec;
    }

    private static RelativeCriterion? Criterion(SectionReader o, string key, bool required)
    {
        var text = required ? o.RequiredString(key) : o.String(key);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var criterion = RelativeCriterion.TryParse(text);
        if (criterion is null)
        {
            o.ReportAt(key, $"'{text}' is not a criterion; write e.g. <=+10% (relative to baseline), <=+5 or <0.01 (absolute).");
        }

        return criterion;
    }
}
