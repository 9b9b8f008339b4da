using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Planning;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>
/// The expand/contract policy over a directory's new migrations: no migration both expands and contracts, no contract
/// lands with the expand it completes, and no code still references what a contract drops or renames.
/// </summary>
internal static class ExpandContractCheck
{
    public static IReadOnlyList<Finding> Run(string root, MigrationSet set, IReadOnlyDictionary<Migration, Classification> classes, MigrationOptions options)
    {
        var findings = new List<Finding>();
        foreach (var (migration, cls) in classes)
        {
            if (options.ForbidMixed && cls.Class == ChangeClass.Mixed)
            {
                findings.Add(MigrationRules.ExpandContractMixed.Report($"{migration.Up.Path} both expands ({string.Join("; ", cls.Expand)}) and contracts ({string.Join("; ", cls.Contract)}). Split it: ship the expand, move code over, then contract in a later change.", new SourceLocation(migration.Up.Path, 1, 1)));
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
            findings.Add(MigrationRules.ContractStillReferenced.Report($"{reference.Path}:{reference.Line} still references {what}, which {r.Path}:{r.Line} drops or renames. Remove the code's use first and contract only after it has had no reads.", new SourceLocation(reference.Path, reference.Line, reference.Column)));
        }

        return findings;
    }

    /// <summary>
    /// contract-with-expand, once per table: the first contract of the table that lands with an expand of it, with how
    /// many contracts and expands of that table the change holds (a long history without a base would otherwise
    /// pair every contract with every expand).
    /// </summary>
    private static IEnumerable<Finding> ContractsWithExpands(IReadOnlyDictionary<Migration, Classification> classes)
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
            yield return MigrationRules.ContractWithExpand.Report($"{contract.Up.Path} contracts {table} in the same change as the expand {expand.Up.Path}{more}. Old code is still running when the contract applies: merge and deploy the expand first, contract in a later change.", new SourceLocation(contract.Up.Path, 1, 1));
        }
    }
}
