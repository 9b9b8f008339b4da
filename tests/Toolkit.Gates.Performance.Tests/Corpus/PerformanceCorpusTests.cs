using System.Text.Json;
using System.Text.Json.Nodes;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Tests.Gate;
using Toolkit.Testing;

namespace Toolkit.Gates.Performance.Tests.Corpus;

/// <summary>The real result files in ../shared/corpus/perf against the reviewed outcomes in expectations.json.</summary>
public sealed class PerformanceCorpusTests
{
    private static readonly JsonElement Expectations =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepo("tests", "Toolkit.Gates.Performance.Tests", "Corpus", "expectations.json"))).RootElement;

    private static string CorpusFile(string relative) => Path.Combine(RepositoryPaths.Shared, "corpus", relative);

    [Fact]
    public void Every_corpus_file_is_found_and_read()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Shared, "corpus", "perf"), "*.json", SearchOption.AllDirectories).ToList();
        var reviewed = Expectations.GetProperty("k6").EnumerateArray().Select(k => k.GetProperty("file").GetString()!)
            .Append(Expectations.GetProperty("benchmarkdotnet").GetProperty("base").GetString()!)
            .Select(CorpusFile).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(reviewed, files.Order(StringComparer.Ordinal).ToList());
        Assert.All(files, f => Assert.True(ResultReader.Read(f, f).Succeeded, f));
    }

    [Fact]
    public async Task The_benchmarkdotnet_pair_gives_the_reviewed_verdict_per_benchmark()
    {
        // Given the corpus export as the base and the head built from it with the reviewed factors
        var bdn = Expectations.GetProperty("benchmarkdotnet");
        var baseText = File.ReadAllText(CorpusFile(bdn.GetProperty("base").GetString()!));
        var expected = bdn.GetProperty("benchmarks").EnumerateArray().ToList();
        var head = JsonNode.Parse(baseText)!;
        foreach (var benchmark in head["Benchmarks"]!.AsArray())
        {
            var factor = expected.Single(e => e.GetProperty("name").GetString() == benchmark!["FullName"]!.GetValue<string>()).GetProperty("factor").GetDouble();
            var statistics = benchmark!["Statistics"]!;
            statistics["Mean"] = statistics["Mean"]!.GetValue<double>() * factor;
            statistics["OriginalValues"] = new JsonArray([.. statistics["OriginalValues"]!.AsArray().Select(v => JsonValue.Create(v!.GetValue<double>() * factor))]);
        }

        using var gate = new GateHarness().WithFile("perf/base.json", baseText).WithFile("bench/head.json", head.ToJsonString());

        // When the gate compares them
        var exit = await gate.RunAsync("--results", "bench/head.json", "--baseline", "perf/base.json");

        // Then every benchmark gets the reviewed verdict, by the rank test on its raw samples
        Assert.Equal(expected.Any(e => e.GetProperty("regressed").GetBoolean()) ? 1 : 0, exit);
        var rows = gate.Verdict().GetProperty("thresholds").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("passed").GetBoolean());
        Assert.Equal(expected.Count, rows.Count);
        foreach (var benchmark in expected)
        {
            Assert.Equal(!benchmark.GetProperty("regressed").GetBoolean(), rows[benchmark.GetProperty("name").GetString()!]);
        }

        var comment = gate.Evidence("comment.md");
        Assert.DoesNotContain("summary values", comment, StringComparison.Ordinal);
        var read = ResultReader.Read(CorpusFile(bdn.GetProperty("base").GetString()!), "base").Results!;
        Assert.All(expected, e => Assert.Equal(e.GetProperty("samples").GetInt32(), read.Benchmarks.Single(b => b.Key == e.GetProperty("name").GetString()).Samples.Count));
        Assert.Equal(".NET Core 3.0.0 (CoreCLR 4.700.19.46205, CoreFX 4.700.19.46214)", read.Environment["runtime"]);
        Assert.Equal("DefaultJob", read.Environment["job"]);
    }

    [Fact]
    public void The_k6_summaries_give_k6s_numbers_for_every_metric_and_k6s_threshold_results()
    {
        foreach (var expected in Expectations.GetProperty("k6").EnumerateArray())
        {
            // Given a k6 handleSummary file
            var file = CorpusFile(expected.GetProperty("file").GetString()!);
            var raw = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("metrics");

            // When it is read
            var results = ResultReader.Read(file, file).Results!;

            // Then every metric has exactly k6's type and values
            Assert.Equal(expected.GetProperty("metrics").GetInt32(), results.Metrics.Count);
            foreach (var metric in raw.EnumerateObject())
            {
                var ours = results.Metrics[metric.Name];
                Assert.Equal(metric.Value.GetProperty("type").GetString(), ours.Type);
                var values = metric.Value.GetProperty("values").EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetDouble());
                Assert.Equal(values.OrderBy(v => v.Key, StringComparer.Ordinal), ours.Values.OrderBy(v => v.Key, StringComparer.Ordinal));
            }

            // And evaluating k6's thresholds on those values gives k6's own answers
            var reported = results.ReportedThresholds.ToDictionary(t => t.Metric + " " + t.Expression, t => t.Passed);
            var reviewed = expected.GetProperty("thresholds").EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetBoolean());
            Assert.Equal(reviewed.OrderBy(t => t.Key, StringComparer.Ordinal), reported.OrderBy(t => t.Key, StringComparer.Ordinal));
            foreach (var threshold in results.ReportedThresholds)
            {
                var expression = ThresholdExpression.TryParse(threshold.Expression, out _)!;
                var actual = ThresholdEvaluator.Observe(expression, results.Metrics[threshold.Metric], out var error);
                Assert.True(actual is not null, error);
                Assert.Equal(threshold.Passed, expression.Holds(actual.Value));
            }
        }
    }
}
