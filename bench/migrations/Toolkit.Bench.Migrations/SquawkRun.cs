using System.Diagnostics;
using System.Text.Json;

namespace Toolkit.Bench.Migrations;

/// <summary>Runs the squawk binary on the corpus and reads its JSON report.</summary>
internal static class SquawkRun
{
    public static (TimeSpan Elapsed, List<(string File, int Line, string Rule)> Violations)? Run(string squawk, string directory)
    {
        if (!File.Exists(squawk))
        {
            return null;
        }

        var info = new ProcessStartInfo(squawk) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("--reporter");
        info.ArgumentList.Add("json");
        info.ArgumentList.Add("--assume-in-transaction");
        info.ArgumentList.Add(Path.Combine(directory, "*.sql"));
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        var output = stdout.Result;
        if (output.Length == 0)
        {
            Console.WriteLine($"squawk wrote nothing (exit {process.ExitCode}): {stderr.Result}");
            return (watch.Elapsed, []);
        }

        using var document = JsonDocument.Parse(output);
        var violations = document.RootElement.EnumerateArray()
            .Select(v => (Path.GetFileName(v.GetProperty("file").GetString()!), v.GetProperty("line").GetInt32() + 1, v.GetProperty("rule_name").GetString()!))
            .ToList();
        return (watch.Elapsed, violations);
    }
}
