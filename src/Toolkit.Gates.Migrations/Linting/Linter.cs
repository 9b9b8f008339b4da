using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Parsing;
using Toolkit.Gates.Migrations.Rules;
using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Linting;

/// <summary>
/// Applies the static rules to one migration script with context: tables created earlier in the same migration (or
/// in an earlier new migration of the change) are not flagged, and the tool's transaction mode decides the
/// CONCURRENTLY and transaction rules.
/// </summary>
internal static partial class Linter
{
    /// <summary>Lints <paramref name="script"/>.</summary>
    public static LintResult Lint(MigrationScript script, LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(options);
        var split = StatementSplitter.Split(script.Text);
        if (split.Error is { } error)
        {
            var finding = MigrationRules.SqlSyntaxError.Report($"The SQL cannot be read: {error.Message}. Close it, or run the file through psql to see the same error.", new SourceLocation(script.Path, error.Line, error.Column));
            return new LintResult([finding], [], SyntaxError: true);
        }

        var statements = split.Statements.Select(StatementParser.Parse).ToList();
        var state = new LintState(script, options, statements);
        state.Run();
        var directives = Ignores(split.Comments);
        var findings = ApplyIgnores(script.Path, state.Raw, directives, statements, options);
        return new LintResult(findings, statements, SyntaxError: false);
    }

    private static List<IgnoreDirective> Ignores(IReadOnlyList<SqlComment> comments)
    {
        var result = new List<IgnoreDirective>();
        foreach (var comment in comments)
        {
            var wholeFile = comment.Text.StartsWith("gate-ignore-file", StringComparison.Ordinal);
            if (!wholeFile && !comment.Text.StartsWith("gate-ignore", StringComparison.Ordinal))
            {
                continue;
            }

            var list = comment.Text[(wholeFile ? "gate-ignore-file".Length : "gate-ignore".Length)..];
            var rules = list.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            result.Add(new IgnoreDirective(rules, wholeFile, comment.Line, comment.Column, comment.Offset));
        }

        return result;
    }

    private static List<Finding> ApplyIgnores(string path, List<RawFinding> raw, List<IgnoreDirective> directives, List<ParsedStatement> statements, LintOptions options)
    {
        var findings = new List<Finding>();
        foreach (var item in raw)
        {
            // Rules are named by id or by their bare (Squawk) name, as gates.yml and comments written before the prefix do.
            if (options.DisabledRules.Any(item.Rule.IsNamedBy))
            {
                continue;
            }

            var ignoredBy = directives.FirstOrDefault(d => d.Rules.Any(item.Rule.IsNamedBy)
                && (d.WholeFile || NextStatement(statements, d.Offset) == item.Statement));
            if (ignoredBy is not null)
            {
                ignoredBy.Used.UnionWith(ignoredBy.Rules.Where(item.Rule.IsNamedBy));
                continue;
            }

            var message = $"{item.Message} {item.Rule.Why} Safe alternative: {item.Rule.Alternative}";
            findings.Add(item.Rule.Report(message, new SourceLocation(path, item.At.Line, item.At.Column)));
        }

        foreach (var directive in directives)
        {
            foreach (var rule in directive.Rules.Where(r => !directive.Used.Contains(r)))
            {
                var why = MigrationRules.FindLint(rule) is not null ? "nothing here triggers it" : "there is no rule with that name";
                findings.Add(MigrationRules.UnusedIgnore.Report($"'{(directive.WholeFile ? "gate-ignore-file" : "gate-ignore")} {rule}' suppresses nothing ({why}); remove it so it cannot hide a future problem.", new SourceLocation(path, directive.Line, directive.Column)));
            }
        }

        return findings;
    }

    private static ParsedStatement? NextStatement(List<ParsedStatement> statements, int offset) =>
        statements.FirstOrDefault(s => s.Source.Offset > offset);
}
