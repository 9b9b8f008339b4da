using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Linting;
using Toolkit.Gates.Migrations.Parsing;
using Toolkit.Gates.Migrations.Planning;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>Lints the new migrations in order and classifies each as expand, contract, mixed or neutral.</summary>
internal static class LintCheck
{
    /// <param name="fresh">The new migrations, in the order they run.</param>
    /// <param name="withBase">Whether "new" came from a base ref (false: every migration counts as new).</param>
    /// <param name="disabledRules">Rules switched off in gates.yml, by id or bare name.</param>
    public static LintCheckResult Run(IReadOnlyList<Migration> fresh, bool withBase, IReadOnlyList<string> disabledRules)
    {
        var findings = new List<Finding>();
        var newTables = new HashSet<string>(StringComparer.Ordinal);
        var disabled = disabledRules.ToHashSet(StringComparer.Ordinal);
        var classes = new Dictionary<Migration, Classification>();
        var syntaxError = false;
        foreach (var migration in fresh)
        {
            var lint = Linter.Lint(migration.Up, new LintOptions(new HashSet<string>(newTables), disabled));
            findings.AddRange(lint.Findings);
            syntaxError |= lint.SyntaxError;
            // With a base, tables created by earlier new migrations are not deployed yet (no rows, no traffic). Without
            // one, every migration counts as new but the order decides what existed: a table an earlier file created is
            // an existing table for the later files, as it is in production.
            if (withBase)
            {
                foreach (var created in lint.Statements.Where(s => s.Kind == StatementKind.CreateTable && s.Table is not null && !s.AsQuery))
                {
                    newTables.Add(created.Table!.Key);
                }
            }

            classes[migration] = ExpandContract.Classify(migration.Up.Path, lint.Statements);
        }

        return new LintCheckResult(findings, classes, syntaxError);
    }
}
