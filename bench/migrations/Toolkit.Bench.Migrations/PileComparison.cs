using System.Text.Json;

namespace Toolkit.Bench.Migrations;

/// <summary>
/// Per-rule counts of the toolkit and squawk on the same files, side by side: findings on the same file and line
/// agree; the rest are each side's own, with one example per rule to read.
/// </summary>
internal static class PileComparison
{
    /// <summary>Squawk's names for our rules, where they differ (docs/migrations-vs-squawk.md says why).</summary>
    internal static readonly Dictionary<string, string> SquawkToOurs = new(StringComparer.Ordinal)
    {
        ["require-lock-timeout"] = "require-timeout-settings",
        ["prefer-timestamp-tz"] = "prefer-timestamptz",
        ["syntax-error"] = "sql-syntax-error",
    };

    /// <summary>Rules both tools report once per file: they agree when both report the file, wherever the first statement is.</summary>
    private static readonly HashSet<string> OncePerFile = new(StringComparer.Ordinal) { "require-timeout-settings", "require-statement-timeout", "sql-syntax-error" };

    public static int Print(string oursFile, string squawkJson)
    {
        var ours = File.ReadLines(oursFile)
            .Select(l => l.Split('\t'))
            .Select(p => (File: p[0], Line: int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), Rule: p[2]))
            .ToHashSet();
        using var document = JsonDocument.Parse(File.ReadAllText(squawkJson));
        var theirs = document.RootElement.EnumerateArray()
            .Select(v => (File: v.GetProperty("file").GetString()!, Line: v.GetProperty("line").GetInt32() + 1, Rule: v.GetProperty("rule_name").GetString()!))
            .Select(v => (v.File, v.Line, Rule: SquawkToOurs.GetValueOrDefault(v.Rule, v.Rule)))
            .ToHashSet();
        ours = PerFile(ours);
        theirs = PerFile(theirs);
        var rules = ours.Select(m => m.Rule).Concat(theirs.Select(t => t.Rule)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Console.WriteLine($"{"rule (ours; squawk's name if other)",-46} {"toolkit",8} {"squawk",7} {"same line",9} {"ours only",9} {"squawk only",11}  example");
        foreach (var rule in rules)
        {
            var a = ours.Where(m => m.Rule == rule).ToHashSet();
            var b = theirs.Where(t => t.Rule == rule).ToHashSet();
            var both = a.Intersect(b).Count();
            var oursOnly = a.Except(b).OrderBy(x => x.File, StringComparer.Ordinal).ThenBy(x => x.Line).ToList();
            var squawkOnly = b.Except(a).OrderBy(x => x.File, StringComparer.Ordinal).ThenBy(x => x.Line).ToList();
            var name = SquawkToOurs.FirstOrDefault(p => p.Value == rule).Key is { } other ? $"{rule} ({other})" : rule;
            var example = oursOnly.Select(x => $"+ {x.File}:{x.Line}").Concat(squawkOnly.Select(x => $"- {x.File}:{x.Line}")).FirstOrDefault() ?? string.Empty;
            Console.WriteLine($"{name,-46} {a.Count,8} {b.Count,7} {both,9} {oursOnly.Count,9} {squawkOnly.Count,11}  {example}");
        }

        Console.WriteLine("(same line: both report it on that line of that file; once-per-file rules match by file, line 0.");
        Console.WriteLine(" + only the toolkit reports it there, - only squawk. Each class is explained in docs/migrations-vs-squawk.md)");
        return 0;
    }

    private static HashSet<(string File, int Line, string Rule)> PerFile(HashSet<(string File, int Line, string Rule)> findings) =>
        findings.Select(f => OncePerFile.Contains(f.Rule) ? (f.File, 0, f.Rule) : f).ToHashSet();
}
