using System.Text.Json;
using System.Text.Json.Nodes;
using Toolkit.Gates.Performance.Rules;

namespace Toolkit.Gates.Performance.Tests.Gate;

/// <summary>A gate that did not check something says so; a gate that checked nothing is an error, never a pass.</summary>
public sealed class NothingUncheckedTests
{
    private const string K6Summary = """{"metrics":{"http_req_duration":{"type":"trend","contains":"time","values":{"avg":80.5,"min":12,"med":70,"max":400,"p(90)":110,"p(95)":121.5}}}}""";

    [Fact]
    public async Task Results_without_a_baseline_or_thresholds_are_an_error_not_a_pass()
    {
        using var gate = new GateHarness().WithSample("bdn/head-slower-report-full.json", "bench/head.json");

        var exit = await gate.RunAsync("--results", "bench/head.json");

        Assert.Equal(1, exit);
        Assert.Equal("error", gate.Verdict().GetProperty("verdict").GetString());
        var message = Message(gate, 0);
        Assert.StartsWith("nothing was checked: no baseline configured", message, StringComparison.Ordinal);
        Assert.Contains("add thresholds", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_k6_head_against_a_ten_benchmark_baseline_warns_naming_the_nine_it_could_not_compare()
    {
        // Given a history entry with ten BenchmarkDotNet values and the k6 p95, and a k6 summary as the head
        var values = new JsonObject { ["http_req_duration p(95)"] = Value(120, "ms") };
        for (var i = 0; i < 9; i++)
        {
            values[$"Toolkit.Benchmarks.Bench{i}"] = Value(1000 + i, "ns");
        }

        var entry = new JsonObject { ["commit"] = "b1", ["date"] = "2026-11-20T10:00:00Z", ["values"] = values };
        using var gate = new GateHarness().WithFile("load/summary.json", K6Summary).WithFile("perf/base.json", entry.ToJsonString());

        // When they are compared
        var exit = await gate.RunAsync("--results", "load/summary.json", "--baseline", "perf/base.json");

        // Then the one shared value is compared, and the verdict warns, naming what was not
        Assert.Equal(0, exit);
        Assert.Equal("warn", gate.Verdict().GetProperty("verdict").GetString());
        var missing = gate.Verdict().GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("title").GetString() == "Benchmarks missing from the head");
        Assert.Equal("warning", missing.GetProperty("severity").GetString());
        var message = missing.GetProperty("message").GetString()!;
        Assert.StartsWith("Only 1 of the baseline's 10 benchmarks were compared: 9 baseline benchmark(s) are missing", message, StringComparison.Ordinal);
        Assert.Contains("Toolkit.Benchmarks.Bench0", message, StringComparison.Ordinal);
        Assert.Contains("Toolkit.Benchmarks.Bench8", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_benchmark_removed_in_the_head_is_named_and_a_new_one_noted()
    {
        var head = JsonNode.Parse(Samples.Text("bdn/base-report-full.json"))!;
        var benchmarks = head["Benchmarks"]!.AsArray();
        benchmarks.RemoveAt(2);
        benchmarks[0]!["FullName"] = "Toolkit.Benchmarks.ParserBenchmarks.ParseTiny";
        using var gate = new GateHarness().WithSample("bdn/base-report-full.json", "perf/base.json").WithFile("bench/head.json", head.ToJsonString());

        var exit = await gate.RunAsync("--results", "bench/head.json", "--baseline", "perf/base.json");

        Assert.Equal(0, exit);
        var findings = gate.Verdict().GetProperty("findings").EnumerateArray().ToList();
        var missing = findings.Single(f => f.GetProperty("title").GetString() == "Benchmarks missing from the head").GetProperty("message").GetString()!;
        Assert.Contains("Toolkit.Benchmarks.SerializerBenchmarks.Write", missing, StringComparison.Ordinal);
        Assert.Contains("Toolkit.Benchmarks.ParserBenchmarks.ParseSmall", missing, StringComparison.Ordinal);
        var added = findings.Single(f => f.GetProperty("title").GetString() == "New benchmarks");
        Assert.Equal("note", added.GetProperty("severity").GetString());
        Assert.Contains("ParseTiny", added.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_whose_benchmarks_were_all_renamed_is_an_error_against_the_baseline()
    {
        var head = JsonNode.Parse(Samples.Text("bdn/base-report-full.json"))!;
        foreach (var benchmark in head["Benchmarks"]!.AsArray())
        {
            benchmark!["FullName"] = "Renamed." + benchmark["FullName"]!.GetValue<string>();
        }

        using var gate = new GateHarness().WithSample("bdn/base-report-full.json", "perf/base.json").WithFile("bench/head.json", head.ToJsonString());

        var exit = await gate.RunAsync("--results", "bench/head.json", "--baseline", "perf/base.json");

        Assert.Equal(1, exit);
        Assert.Equal("error", gate.Verdict().GetProperty("verdict").GetString());
        Assert.Contains("share none with the baseline's", Message(gate, 0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_benchmarkdotnet_head_with_no_benchmarks_is_an_error()
    {
        var head = JsonNode.Parse(Samples.Text("bdn/base-report-full.json"))!;
        head["Benchmarks"] = new JsonArray();
        using var gate = new GateHarness().WithSample("bdn/base-report-full.json", "perf/base.json").WithFile("bench/head.json", head.ToJsonString());

        var exit = await gate.RunAsync("--results", "bench/head.json", "--baseline", "perf/base.json");

        Assert.Equal(1, exit);
        Assert.StartsWith("bench/head.json: no benchmarks and no k6 metrics", Message(gate, 0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runtime_change_between_base_and_head_is_a_warning_naming_both_versions()
    {
        var head = JsonNode.Parse(Samples.Text("bdn/base-report-full.json"))!;
        head["HostEnvironmentInfo"]!["RuntimeVersion"] = ".NET 9.0.10 (9.0.1025.47515)";
        using var gate = new GateHarness().WithSample("bdn/base-report-full.json", "perf/base.json").WithFile("bench/head.json", head.ToJsonString());

        var exit = await gate.RunAsync("--results", "bench/head.json", "--baseline", "perf/base.json");

        Assert.Equal(0, exit);
        Assert.Equal("warn", gate.Verdict().GetProperty("verdict").GetString());
        var drift = gate.Verdict().GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("title").GetString() == "Environment changed");
        Assert.Contains("runtime '.NET 10.0.0 (10.0.25.52411)' → '.NET 9.0.10 (9.0.1025.47515)'", drift.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_drift_is_found_against_a_recorded_store_entry_too()
    {
        // Given the base recorded in a store (the environment is kept with the values)
        using var gate = new GateHarness().WithSample("bdn/base-report-full.json", "bench/base.json");
        Assert.Equal(0, await gate.RunAsync("--results", "bench/base.json", "--store", "perf/history", "--record", "--commit", "aaaaaaa1"));
        var head = JsonNode.Parse(Samples.Text("bdn/base-report-full.json"))!;
        head["HostEnvironmentInfo"]!["ProcessorName"] = "Intel Xeon Platinum 8370C CPU 2.80GHz";
        foreach (var benchmark in head["Benchmarks"]!.AsArray())
        {
            benchmark!["DisplayInfo"] = benchmark["DisplayInfo"]!.GetValue<string>().Replace("DefaultJob", "ShortRun(IterationCount=3, LaunchCount=1, WarmupCount=3)", StringComparison.Ordinal);
        }

        gate.WithFile("bench/head.json", head.ToJsonString());

        // When the head is compared with the recorded base
        var exit = await gate.RunAsync("--results", "bench/head.json", "--baseline", "perf/history", "--base-commit", "aaaaaaa1");

        // Then the CPU and the job settings are named
        Assert.Equal(0, exit);
        var drift = gate.Verdict().GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("title").GetString() == "Environment changed").GetProperty("message").GetString()!;
        Assert.Contains("cpu 'AMD EPYC 7763 64-Core Processor' → 'Intel Xeon Platinum 8370C CPU 2.80GHz'", drift, StringComparison.Ordinal);
        Assert.Contains("job 'DefaultJob' → 'ShortRun(IterationCount=3, LaunchCount=1, WarmupCount=3)'", drift, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_samples_a_side_says_they_are_below_the_minimum()
    {
        var text = "goos: linux\ngoarch: amd64\ncpu: AMD EPYC 7763 64-Core Processor\n";
        var based = text + string.Concat(Enumerable.Repeat("BenchmarkParse-4   1000   1200 ns/op\n", 3));
        var headed = text + string.Concat(Enumerable.Repeat("BenchmarkParse-4   1000   1800 ns/op\n", 3));
        using var gate = new GateHarness().WithFile("perf/base.txt", based).WithFile("bench/head.txt", headed);

        var exit = await gate.RunAsync("--results", "bench/head.txt", "--baseline", "perf/base.txt");

        Assert.Equal(1, exit);
        var regression = gate.Verdict().GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == PerformanceRules.Regression.Id);
        Assert.Contains("3 raw samples on each side, below the minimum of 5 for the Mann-Whitney test", regression.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xk6_dashboard_event_stream_is_named_as_such()
    {
        using var gate = new GateHarness().WithFile("load/result.ndjson", """
            {"event":"param","data":{"endpoint":"http://127.0.0.1:5665","period":10000,"export":"","tags":[]}}
            {"event":"metric","data":{"http_req_duration":{"type":"trend","contains":"time"}}}
            {"event":"snapshot","data":[[1700000000000],[12.5]]}

            """);

        var exit = await gate.RunAsync("--results", "load/result.ndjson");

        Assert.Equal(1, exit);
        var message = Message(gate, 0);
        Assert.StartsWith("load/result.ndjson: unknown results format: this is xk6-dashboard's event stream", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid JSON", message, StringComparison.Ordinal);
    }

    private static JsonObject Value(double value, string unit) => new() { ["unit"] = unit, ["direction"] = "smaller", ["value"] = value };

    private static string Message(GateHarness gate, int index) =>
        gate.Verdict().GetProperty("findings")[index].GetProperty("message").GetString()!;
}
