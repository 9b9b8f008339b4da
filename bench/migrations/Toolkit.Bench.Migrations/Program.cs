using System.Diagnostics;
using System.Globalization;
using Toolkit.Bench.Migrations;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Rules;

// Usage: dotnet run -c Release -- [squawk-binary]. Prints the figures; writes nothing outside a temp directory.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args is ["lint", var pile, var output])
{
    // bench/migrations/lint.sh: the static path alone, timed and measured from outside by /usr/bin/time.
    return PileLint.Run(pile, output);
}

if (args is ["compare", var oursFile, var squawkJson])
{
    return PileComparison.Print(oursFile, squawkJson);
}

var squawk = args.Length > 0 ? args[0] : Path.Combine("bench", "migrations", ".tools", "node_modules", ".bin", "squawk");
var root = Path.Combine(Path.GetTempPath(), "toolkit-bench-migrations-" + Guid.NewGuid().ToString("N")[..8]);
try
{
    var corpus = Path.Combine(root, "corpus");
    var files = Corpus.Write(corpus, 2000);
    Console.WriteLine($"Corpus: {files.Count} migration files, {files.Sum(f => new FileInfo(f).Length) / 1024} KiB");

    // Static analysis: discovery (read every file) + lex + parse + rules, as the gate does it. Warm once, then best of 3.
    var ours = StaticAnalysis.Run(root);
    var timings = Enumerable.Range(0, 3).Select(_ => StaticAnalysis.Run(root)).ToList();
    var best = timings.Min(t => t.Elapsed);
    Console.WriteLine($"toolkit static analysis (in-process, best of 3): {best.TotalMilliseconds:0} ms, {ours.Findings.Count} findings");

    var squawkRun = SquawkRun.Run(squawk, corpus);
    if (squawkRun is null)
    {
        Console.WriteLine($"squawk: not found at {squawk}; run bench/migrations/run.sh to install squawk-cli");
    }
    else
    {
        var (elapsed, violations) = squawkRun.Value;
        var again = SquawkRun.Run(squawk, corpus)!.Value.Elapsed;
        var squawkBest = elapsed < again ? elapsed : again;
        Console.WriteLine($"squawk (process, best of 2):                    {squawkBest.TotalMilliseconds:0} ms, {violations.Count} violations");
        Console.WriteLine($"speed-up: {squawkBest.TotalMilliseconds / best.TotalMilliseconds:0.0}x");
        Disagreements.Print(ours.Findings, violations);
    }

    DryRunBenchmark.Run(root).GetAwaiter().GetResult();
}
finally
{
    Directory.Delete(root, recursive: true);
}

return 0;
