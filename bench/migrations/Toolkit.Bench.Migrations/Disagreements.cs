using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Bench.Migrations;

/// <summary>Compares our findings with squawk's, per rule, on (file, line).</summary>
internal static class Disagreements
{
    public static void Print(List<Finding> ours, List<(string File, int Line, string Rule)> squawk)
    {
        var mine = ours.Select(f => (File: Path.GetFileName(f.Location!.Path), f.Location.Line, Rule: MigrationRules.SquawkName(f.RuleId))).ToHashSet();
        var theirs = squawk.Select(v => (v.File, v.Line, Rule: PileComparison.SquawkToOurs.GetValueOrDefault(v.Rule, v.Rule))).ToHashSet();
        var rules = mine.Select(m => m.Rule).Concat(theirs.Select(t => t.Rule)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Console.WriteLine();
        Console.WriteLine($"{"rule",-46} {"both",6} {"ours only",10} {"squawk only",12}");
        foreach (var rule in rules)
        {
            var a = mine.Where(m => m.Rule == rule).ToHashSet();
            var b = theirs.Where(t => t.Rule == rule).ToHashSet();
            var both = a.Intersect(b).Count();
            var oursOnly = a.Except(b).ToList();
            var squawkOnly = b.Except(a).ToList();
            if (oursOnly.Count == 0 && squawkOnly.Count == 0)
            {
                Console.WriteLine($"{rule,-46} {both,6} {0,10} {0,12}");
                continue;
            }

            var example = oursOnly.Concat(squawkOnly).First();
            Console.WriteLine($"{rule,-46} {both,6} {oursOnly.Count,10} {squawkOnly.Count,12}   e.g. {example.File}:{example.Line}");
        }
    }
}
