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
        var cold = Stopwatch.StartNew();
        var outcome = await new PolicyEvaluator(corpus, options, environment).EvaluateAsync(CancellationToken.None);
        cold.Stop();
        var warm = Stopwatch.StartNew();
        _ = await new PolicyEvaluator(corpus, options, environment).EvaluateAsync(CancellationToken.None);
        warm.Stop();

        var m = outcome.Metrics;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs: {m["files_checked"]} files ({m["workflows"]} workflows/actions, {m["dockerfiles"]} Dockerfiles, {m["kubernetes_documents"]} Kubernetes documents, {m.GetValueOrDefault("alerts")} alerts)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"findings: {outcome.Findings.Count}; verdict error: {outcome.IsError}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluate, cold (first run, JIT included): {cold.Elapsed.TotalMilliseconds:0} ms (budget 1000 ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluate, warm: {warm.Elapsed.TotalMilliseconds:0} ms; processors: {Environment.ProcessorCount}"));
        return cold.Elapsed.TotalSeconds < 1.0 && !outcome.IsError ? 0 : 1;
    }
}
