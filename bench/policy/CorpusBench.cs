using System.Diagnostics;
using System.Globalization;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy;

/// <summary>
/// Every file of the real-world corpus (../shared/corpus/policy: workflows, Dockerfiles, manifests and alert rules of
/// 25 projects) checked in one evaluation, as one repository; prints wall time cold (first run in the process, JIT
/// included) and warm, against the 1.0 s budget.
/// </summary>
internal static class CorpusBench
{
    public static async Task<int> RunAsync(string corpus)
    {
        var options = new PolicyOptions { Packs = ["kubernetes", "dockerfile", "workflows", "alerts"] };
        var environment = RunEnvironment.From(new Dictionary<string, string>());
        var coldCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var cold = Stopwatch.StartNew();
        var outcome = await new PolicyGate(environment: environment).RunAsync(corpus, options, null, TextWriter.Null, CancellationToken.None);
        cold.Stop();
        var coldCpu = Process.GetCurrentProcess().TotalProcessorTime - coldCpuBefore;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var warm = Stopwatch.StartNew();
        _ = await new PolicyGate(environment: environment).RunAsync(corpus, options, null, TextWriter.Null, CancellationToken.None);
        warm.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        foreach (var category in Directory.EnumerateDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var part = Stopwatch.StartNew();
            _ = await new PolicyGate(environment: environment).RunAsync(category, options, null, TextWriter.Null, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(category)}: {part.Elapsed.TotalMilliseconds:0} ms warm"));
        }

        var m = outcome.Metrics;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs: {m["files_checked"]} files ({m["workflows"]} workflows/actions, {m["dockerfiles"]} Dockerfiles, {m["kubernetes_documents"]} Kubernetes documents, {m.GetValueOrDefault("alerts")} alerts)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"findings: {outcome.Findings.Count}; verdict error: {outcome.IsError}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluate, cold (first run, JIT included): {cold.Elapsed.TotalMilliseconds:0} ms wall (budget 1000 ms), {coldCpu.TotalMilliseconds:0} ms CPU"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluate, warm: {warm.Elapsed.TotalMilliseconds:0} ms wall, {cpu.TotalMilliseconds:0} ms CPU (all threads; wall is inflated when the machine is shared); processors: {Environment.ProcessorCount}"));
        return cold.Elapsed.TotalSeconds < 1.0 && !outcome.IsError ? 0 : 1;
    }
}
