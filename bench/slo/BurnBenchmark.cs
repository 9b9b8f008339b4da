using System.Diagnostics;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Checks;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Bench.Slo;

/// <summary>Times <see cref="GoldenPathMeasurer.MeasureAsync"/> (what <see cref="SloGate"/> measures with) over N golden paths, each one ratio SLI with the workbook's 4 window pairs.</summary>
internal static class BurnBenchmark
{
    public static async Task RunAsync(LocalPrometheus prometheus, int count)
    {
        var location = new SourceLocation("bench.yaml", 1);
        var paths = Enumerable.Range(0, count).Select(i => new GoldenPath($"path{i}", "bench", location)
        {
            Slis =
            [
                new Sli("availability", SliKind.Ratio, location)
                {
                    ErrorQuery = $"sum(rate(http_requests_total{{service=\"svc{i}\",code=~\"5..\"}}[{{{{window}}}}]))",
                    TotalQuery = $"sum(rate(http_requests_total{{service=\"svc{i}\"}}[{{{{window}}}}]))",
                },
            ],
        }).ToList();
        var set = new GoldenPathSet("bench.yaml", paths);
        var options = new SloOptions { PrometheusUrl = prometheus.Url, At = prometheus.End };
        var windows = WindowPair.Workbook.SelectMany(p => new[] { p.Long, p.Short }).Append(TimeSpan.FromDays(30)).Distinct().Count();
        Console.WriteLine($"burn-rate evaluation: {count} golden paths x {WindowPair.Workbook.Count} window pairs ({windows} distinct windows incl. the 30d SLO window, 2 queries each = {count * windows * 2} queries, concurrency {options.MaxConcurrency})");
        await GoldenPathMeasurer.MeasureAsync(set, options, null, prometheus.End, CancellationToken.None); // warm-up: JIT, connections
        var times = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var clock = Stopwatch.StartNew();
            var measured = await GoldenPathMeasurer.MeasureAsync(set, options, null, prometheus.End, CancellationToken.None);
            times.Add(clock.Elapsed.TotalMilliseconds);
            var noData = measured.Paths.SelectMany(p => p.Slis).Count(s => s.NoData is not null);
            if (noData > 0)
            {
                throw new InvalidOperationException($"{noData} SLIs had no data");
            }
        }

        times.Sort();
        Console.WriteLine($"  total evaluation time: min {times[0]:0} ms, median {times[2]:0} ms, max {times[^1]:0} ms (5 runs after warm-up; target < 2000 ms)");
    }
}
