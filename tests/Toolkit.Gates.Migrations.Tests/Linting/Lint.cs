using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Linting;

namespace Toolkit.Gates.Migrations.Tests.Linting;

/// <summary>Lints SQL text as a migration file would be.</summary>
internal static class Lint
{
    public const string Path = "db/migrations/V2__change.sql";

    public static IReadOnlyList<Finding> Run(string sql, TransactionMode mode = TransactionMode.PerFile, params string[] newTables) =>
        Linter.Lint(new MigrationScript(Path, sql, mode), new LintOptions(newTables.ToHashSet(), new HashSet<string>())).Findings;

    public static IReadOnlyList<(int Line, int Column)> Positions(IReadOnlyList<Finding> findings, string rule) =>
        findings.Where(f => f.RuleId == rule).Select(f => (f.Location!.Line, f.Location.Column)).ToList();
}
