using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Git;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>Everything about one migration directory that needs no database: its layout, history, lint and expand/contract.</summary>
internal static class StaticCheck
{
    public static DirectoryAnalysis Run(string root, MigrationDirectory directory, GitDiffResult? changes, MigrationOptions options)
    {
        var set = MigrationFinder.Find(root, directory.Path, directory.Tool);
        var history = HistoryCheck.Run(set, changes);
        var lint = LintCheck.Run(history.New, withBase: changes is not null, options.DisabledRules);
        var policy = ExpandContractCheck.Run(root, set, lint.Classes, options);
        List<Finding> findings = [.. set.Problems, .. history.Findings, .. lint.Findings, .. policy];
        return new DirectoryAnalysis(set, history.New, lint.Classes, findings, lint.SyntaxError);
    }
}
