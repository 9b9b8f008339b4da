using System.Diagnostics;
using System.Globalization;
using Toolkit.Gates.Performance.K6;

namespace Toolkit.Bench.Perf;

/// <summary>
/// The gate's own performance on a large k6 stream. <c>generate &lt;file&gt; &lt;MB&gt;</c> writes the input;
/// <c>process &lt;file&gt;</c> reads it the way the gate does (with a status:200 sub-metric and load grouping) and prints
/// MB/s and peak memory. <c>run.sh</c> runs both and the <c>wc -l</c> and <c>jq</c> comparisons.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["generate", var path, var size])
        {
            var written = Generator.Write(path, long.Parse(size, CultureInfo.InvariantCulture) << 20);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {written / 1048576.0:0.0} MiB in {path}"));
            return 0;
        }

        if (args is ["process" or "process-plain", var file])
        {
            var plain = args[0] == "process-plain";
            var options = new K6StreamOptions
            {
                SubMetrics = plain ? [] : [MetricSelector.TryParse("http_req_duration{status:200}", out _)!],
                GroupByLoad = !plain,
            };
            var reader = new K6StreamReader(options);
            var clock = Stopwatch.StartNew();
            var outcome = reader.Read(file, Path.GetFileName(file));
            clock.Stop();
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine(outcome.Error);
                return 2;
            }

            var megabytes = reader.BytesRead / 1048576.0;
            var duration = outcome.Results!.Metrics["http_req_duration"].Values;
            using var self = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gate: {megabytes:0.0} MiB, {reader.Lines:N0} lines in {clock.Elapsed.TotalSeconds:0.00} s = {megabytes / clock.Elapsed.TotalSeconds:0.0} MiB/s; peak working set {self.PeakWorkingSet64 / 1048576.0:0.0} MiB; p(95) http_req_duration = {duration["p(95)"]:R} ms (exact) over {duration["count"]:N0} points; {outcome.Results.LoadSteps.Count} load levels"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seconds={clock.Elapsed.TotalSeconds:0.000}"));
            return 0;
        }

        Console.Error.WriteLine("usage: Toolkit.Bench.Perf generate <file> <MiB> | process <file>");
        return 2;
    }
}
