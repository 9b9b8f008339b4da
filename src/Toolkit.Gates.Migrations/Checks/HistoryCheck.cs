using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Git;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>
/// Which migrations of a directory the change adds (without a base, all of them), and the already-merged migrations it
/// changed or deleted (<c>migration/migration-history-rewritten</c>).
/// </summary>
internal static class HistoryCheck
{
    public static HistoryResult Run(MigrationSet set, GitDiffResult? changes)
    {
        var prefix = set.Directory.TrimEnd('/') + "/";
        var depth = set.Tool == MigrationTool.Diesel ? 1 : 0; // Diesel keeps each migration in its own folder
        var inDirectory = changes?.Files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && f.Path[prefix.Length..].Count(c => c == '/') == depth).ToList();
        var added = inDirectory?.Where(f => f.Status == 'A').Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var rewritten in inDirectory?.Where(f => f.Status != 'A' && (f.Path.EndsWith(".sql", StringComparison.Ordinal) || f.Path.EndsWith(".conf", StringComparison.Ordinal))) ?? [])
        {
            var what = rewritten.Status == 'D' ? "deleted" : "changed";
            var at = rewritten.Status == 'D' ? 0 : 1;
            findings.Add(MigrationRules.MigrationHistoryRewritten.Report($"Already-merged migration {rewritten.Path} was {what}: databases that ran it will never see the change, so environments drift. Restore it and put the change in a new migration.", new SourceLocation(rewritten.Path, at, at)));
        }

        var fresh = set.Migrations.Where(m => added is null || added.Contains(m.Up.Path)).ToList();
        return new HistoryResult(fresh, findings);
    }
}
