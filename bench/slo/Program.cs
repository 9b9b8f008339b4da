using System.Diagnostics;
using System.Globalization;
using Toolkit.Bench.Slo;

// `serve`: the probe target, run as a child process so its CPU is not counted as the client's.
if (args.Length > 0 && args[0] == "serve")
{
    await ProbeTarget.ServeAsync();
    return 0;
}

var paths = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
var work = Path.Combine(Path.GetTempPath(), "slo-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(work);
try
{
    Console.WriteLine($"slo-gates benchmark on {Environment.ProcessorCount} core(s)");
    await using (var prometheus = await LocalPrometheus.StartAsync(work, paths))
    {
        await BurnBenchmark.RunAsync(prometheus, paths);
    }

    await ProbeBenchmark.RunAsync(requests);
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}
