using System.Diagnostics;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Probes;

namespace Toolkit.Bench.Slo;

/// <summary>Client CPU per probe request (Process.TotalProcessorTime) against a Kestrel endpoint in a child process.</summary>
internal static class ProbeBenchmark
{
    public static async Task RunAsync(int requests)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!, "serve") { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            info = new ProcessStartInfo(Environment.ProcessPath!, [typeof(ProbeBenchmark).Assembly.Location, "serve"]) { RedirectStandardOutput = true };
        }

        using var server = Process.Start(info)!;
        try
        {
            var baseUrl = new Uri((await server.StandardOutput.ReadLineAsync())!);
            using var http = new HttpClient();
            var runner = new ProbeRunner(http);
            var probe = new Probe("GET", "${BASE_URL}/ok", new SourceLocation("bench.yaml", 1)) { ExpectBody = "ok" };
            await runner.RunAsync(probe, baseUrl, 200, TimeSpan.FromMinutes(1), CancellationToken.None); // warm-up
            var me = Process.GetCurrentProcess();
            me.Refresh();
            var cpuBefore = me.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = await runner.RunAsync(probe, baseUrl, requests, TimeSpan.FromMinutes(5), CancellationToken.None);
            var wall = clock.Elapsed;
            me.Refresh();
            var cpu = me.TotalProcessorTime - cpuBefore;
            Console.WriteLine($"probe client overhead: {result.Requests} requests (+1 warm-up) to a local Kestrel endpoint in a child process, {result.Failures} failed");
            Console.WriteLine($"  client CPU {cpu.TotalMilliseconds:0} ms total = {cpu.TotalMilliseconds / (result.Requests + 1):0.000} ms per request (target < 1 ms); wall {wall.TotalMilliseconds / result.Requests:0.000} ms per request; p50 {result.P50Ms:0.000} ms, p95 {result.P95Ms:0.000} ms, p99 {result.P99Ms:0.000} ms");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }
}
