using System.Diagnostics;
using System.Globalization;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy;

/// <summary>
/// Alert hygiene benchmark: every corpus rule file (awesome-prometheus-alerts) parsed and checked statically by the
/// alerts pack, side by side with `promtool check rules` on the same files. Budget: under 1 s.
///   dotnet run -c Release --project bench/policy -- alerts
/// </summary>
internal static class AlertBench
{
    public static async Task<int> RunAsync()
    {
        var corpus = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "corpus", "policy", "prometheus-rules"));
        var options = new PolicyOptions { Packs = ["alerts"] };
        var environment = RunEnvironment.From(new Dictionary<string, string>());

        var warm = Stopwatch.StartNew();
        await new PolicyGate(environment: environment).RunAsync(corpus, options, null, TextWriter.Null, CancellationToken.None);
        warm.Stop();

        var watch = Stopwatch.StartNew();
        var outcome = await new PolicyGate(environment: environment).RunAsync(corpus, options, null, TextWriter.Null, CancellationToken.None);
        watch.Stop();

        var files = Directory.GetFiles(corpus, "*.yml", SearchOption.AllDirectories);
        var promtool = Stopwatch.StartNew();
        using (var process = Process.Start(new ProcessStartInfo("promtool", ["check", "rules", .. files]) { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            await process.StandardOutput.ReadToEndAsync();
            await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
        }

        promtool.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs: {files.Length} rule files, {outcome.Metrics["alerts"]} alerts; {outcome.Summary}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first run (JIT included): {warm.Elapsed.TotalMilliseconds:0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gate policy --pack alerts (parse + static checks): {watch.Elapsed.TotalMilliseconds:0} ms (budget 1000 ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"promtool check rules (parse only, separate process): {promtool.Elapsed.TotalMilliseconds:0} ms"));
        return watch.Elapsed.TotalSeconds < 1 ? 0 : 1;
    }
}
