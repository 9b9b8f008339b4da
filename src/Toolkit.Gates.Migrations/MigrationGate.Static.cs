using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Git;
using Toolkit.Gates.Migrations.Parsing;
using Toolkit.Gates.Migrations.Planning;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations;

/// <summary>Finding new migrations, linting them and the expand/contract policy.</summary>
public sealed partial class MigrationGate
{
    /// <summary>Rule id: a migration that was already merged was changed or deleted.</summary>
    public const string HistoryRule = "migration-history-rewritten";

    /// <summary>Rule id: one migration both expands and contracts.</summary>
    public const string MixedRule = "expand-contract-mixed";

    /// <summary>Rule id: a contract lands with the expand it completes.</summary>
    public const string ContractWithExpandRule = "contract-with-expand";

    /// <summary>Rule id: code still references a dropped table or column.</summary>
    public const string ReferencedRule = "contract-still-referenced";

    private static DirectoryAnalysis Analyze(string root, MigrationDirectory directory, GitDiffResult? changes, MigrationGateOptions options)
    {
        var set = MigrationFinder.Find(root, directory.Path, directory.Tool);
        var findings = new List<Finding>(set.Problems);
        var prefix = set.Directory.TrimEnd('/') + "/";
        var depth = set.Tool == MigrationTool.Diesel ? 1 : 0; // Diesel keeps each migration in its own folder
        var inDirectory = changes?.Files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && f.Path[prefix.Length..].Count(c => c == '/') == depth).ToList();
        var added = inDirectory?.Where(f => f.Status == 'A').Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var rewritten in inDirectory?.Where(f => f.Status != 'A' && (f.Path.EndsWith(".sql", StringComparison.Ordinal) || f.Path.EndsWith(".conf", StringComparison.Ordinal))) ?? [])
        {
            var what = rewritten.Status == 'D' ? "deleted" : "changed";
            findings.Add(new Finding(HistoryRule, Severity.Error, $"Already-merged migration {rewritten.Path} was {what}: databases that ran it will never see the change, so environments drift. Restore it and put the change in a new migration.", new SourceLocation(rewritten.Path, rewritten.Status == 'D' ? 0 : 1, rewritten.Status == 'D' ? 0 : 1)) { Title = "Migration history rewritten" });
        }

        var fresh = set.Migrations.Where(m => added is null || added.Contains(m.Up.Path)).ToList();
        var newTables = new HashSet<string>(StringComparer.Ordinal);
        var disabled = options.DisabledRules.ToHashSet(StringComparer.Ordinal);
        var classes = new Dictionary<Migration, Classification>();
        var syntaxError = false;
        foreach (var migration in fresh)
        {
            var lint = Linter.Lint(migration.Up, new LintOptions(new HashSet<string>(newTables), disabled));
            findings.AddRange(lint.Findings);
            syntaxError |= lint.SyntaxError;
            foreach (var created in lint.Statements.Where(s => s.Kind == StatementKind.CreateTable && s.Table is not null))
            {
                newTables.Add(created.Table!.Key);
            }

            classes[migration] = ExpandContract.Classify(migration.Up.Path, lint.Statements);
        }

        findings.AddRange(Policy(root, set, classes, options));
        return new DirectoryAnalysis(set, fresh, classes, findings, syntaxError);
    }

    private static List<Finding> Policy(string root, MigrationSet set, Dictionary<Migration, Classification> classes, MigrationGateOptions options)
    {
        var findings = new List<Finding>();
        foreach (var (migration, cls) in classes)
        {
            var at = new SourceLocation(migration.Up.Path, 1, 1);
            if (options.ForbidMixed && cls.Class == ChangeClass.Mixed)
            {
                findings.Add(new Finding(MixedRule, Severity.Error, $"{migration.Up.Path} both expands ({string.Join("; ", cls.Expand)}) and contracts ({string.Join("; ", cls.Contract)}). Split it: ship the expand, move code over, then contract in a later change.", at) { Title = "Expand and contract mixed" });
            }

            if (options.ForbidContractWithExpand && cls.Class is ChangeClass.Contract or ChangeClass.Mixed)
            {
                foreach (var (other, otherClass) in classes.Where(o => o.Key != migration && o.Value.Class is ChangeClass.Expand))
                {
                    var shared = cls.Tables.Intersect(otherClass.Tables, StringComparer.Ordinal).ToList();
                    if (shared.Count > 0)
                    {
                        findings.Add(new Finding(ContractWithExpandRule, Severity.Error, $"{migration.Up.Path} contracts {string.Join(", ", shared)} in the same change as the expand {other.Up.Path}. Old code is still running when the contract applies: merge and deploy the expand first, contract in a later change.", at) { Title = "Contract in the same change as its expand" });
                    }
                }
            }
        }

        var removed = classes.Values.SelectMany(c => c.Removed).ToList();
        foreach (var reference in CodeReferences.Find(root, options.CodePaths, removed, [set.Directory]))
        {
            var r = reference.Removed;
            var what = r.Kind == "table" ? $"table {r.Table}" : $"column {r.Table}.{r.Name}";
            findings.Add(new Finding(ReferencedRule, Severity.Error, $"{reference.Path}:{reference.Line} still references {what}, which {r.Path}:{r.Line} drops or renames. Remove the code's use first and contract only after it has had no reads.", new SourceLocation(reference.Path, reference.Line, reference.Column)) { Title = "Contract still referenced by code" });
        }

        return findings;
    }
}
