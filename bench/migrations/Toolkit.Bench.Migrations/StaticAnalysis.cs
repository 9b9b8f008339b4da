using System.Diagnostics;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Linting;

namespace Toolkit.Bench.Migrations;

/// <summary>Reads the corpus as a Flyway directory and lints every file.</summary>
internal static class StaticAnalysis
{
    public static (TimeSpan Elapsed, List<Finding> Findings) Run(string root)
    {
        var watch = Stopwatch.StartNew();
        var set = MigrationFinder.Find(root, "corpus", MigrationTool.Flyway);
        var findings = new List<Finding>();
        foreach (var migration in set.Migrations)
        {
            findings.AddRange(Linter.Lint(migration.Up, LintOptions.Default).Findings);
        }

        watch.Stop();
        return (watch.Elapsed, findings);
    }
}
