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

    private static DirectoryAnalysis Analyze(string root, MigrationDirectory directory, GitDiffResult? changes, MigrationOptions options)
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
            // With a base, tables created by earlier new migrations are not deployed yet (no rows, no traffic). Without
            // one, every migration counts as new but the order decides what existed: a table an earlier file created is
            // an existing table for the later files, as it is in production.
            if (changes is not null)
            {
                foreach (var created in lint.Statements.Where(s => s.Kind == StatementKind.CreateTable && s.Table is not null && !s.AsQuery))
                {
                    newTables.Add(created.Table!.Key);
                }
            }

            classes[migration] = ExpandContract.Classify(migration.Up.Path, lint.Statements);
        }

        findings.AddRange(Policy(root, set, classes, options));
        return new DirectoryAnalysis(set, fresh, classes, findings, syntaxError);
    }

    /// <summary>
    /// contract-with-expand, once per table: the first contract of the table that lands with an expand of it, with how
    /// many contracts and expands of that table the change holds (a long history without a base would otherwise
    /// pair every contract with every expand).
    /// </summary>
    private static IEnumerable<Finding> ContractsWithExpands(Dictionary<Migration, Classification> classes)
    {
        var ordered = classes.OrderBy(c => c.Key.Up.Path, StringComparer.Ordinal).ToList();
        var tables = ordered.Where(c => c.Value.Class is ChangeClass.Contract or ChangeClass.Mixed)
            .SelectMany(c => c.Value.Tables).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var contracts = ordered.Where(c => c.Value.Class is ChangeClass.Contract or ChangeClass.Mixed && c.Value.Tables.Contains(table, StringComparer.Ordinal)).ToList();
            var expands = ordered.Where(c => c.Value.Class is ChangeClass.Expand && c.Value.Tables.Contains(table, StringComparer.Ordinal)).ToList();
            var contract = contracts.FirstOrDefault(c => expands.Any(e => e.Key != c.Key)).Key;
            if (contract is null)
            {
                continue;
            }

            var expand = expands.First(e => e.Key != contract).Key;
            var more = contracts.Count + expands.Count > 2 ? $" ({contracts.Count} contract and {expands.Count} expand migrations of {table} in this change)" : string.Empty;
            yield return new Finding(ContractWithExpandRule, Severity.Error, $"{contract.Up.Path} contracts {table} in the same change as the expand {expand.Up.Path}{more}. Old code is still running when the contract applies: merge and deploy the expand first, contract in a later change.", new SourceLocation(contract.Up.Path, 1, 1)) { Title = "Contract in the same change as its expand" };
        }
    }

    private static List<Finding> Policy(string root, MigrationSet set, Dictionary<Migration, Classification> classes, MigrationOptions options)
    {
        var findings = new List<Finding>();
        foreach (var (migration, cls) in classes)
        {
            var at = new SourceLocation(migration.Up.Path, 1, 1);
            if (options.ForbidMixed && cls.Class == ChangeClass.Mixed)
            {
                findings.Add(new Finding(MixedRule, Severity.Error, $"{migration.Up.Path} both expands ({string.Join("; ", cls.Expand)}) and contracts ({string.Join("; ", cls.Contract)}). Split it: ship the expand, move code over, then contract in a later change.", at) { Title = "Expand and contract mixed" });
            }

        }

        if (options.ForbidContractWithExpand)
        {
            findings.AddRange(ContractsWithExpands(classes));
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
