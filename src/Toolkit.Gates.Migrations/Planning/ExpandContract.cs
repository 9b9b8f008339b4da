using Toolkit.Gates.Migrations.Parsing;
using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Planning;

/// <summary>
/// Classifies a migration's statements: additive changes expand; drops, renames, narrowing type changes and new
/// NOT NULL on existing columns contract.
/// </summary>
internal static class ExpandContract
{
    /// <summary>Classifies the statements of the migration at <paramref name="path"/>.</summary>
    public static Classification Classify(string path, IReadOnlyList<ParsedStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var expand = new List<string>();
        var contract = new List<string>();
        var removed = new List<RemovedName>();
        var tables = new SortedSet<string>(StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in statements)
        {
            var at = $"{path}:{s.Start.Line}";
            switch (s.Kind)
            {
                case StatementKind.CreateTable:
                    created.Add(s.Table!.Key);
                    tables.Add(s.Table.Key);
                    expand.Add($"creates table {s.Table} ({at})");
                    break;
                case StatementKind.CreateIndex:
                    expand.Add($"creates an index on {s.Table} ({at})");
                    break;
                case StatementKind.DropTable:
                    foreach (var t in s.Targets.Where(t => !created.Contains(t.Key)))
                    {
                        tables.Add(t.Key);
                        contract.Add($"drops table {t} ({at})");
                        removed.Add(new RemovedName("table", t.Name, t.Key, path, s.Start.Line, s.Start.Column));
                    }

                    break;
                case StatementKind.AlterTable when s.Table is { } table && !created.Contains(table.Key):
                    tables.Add(table.Key);
                    foreach (var a in s.Actions)
                    {
                        Action(path, table, a, expand, contract, removed);
                    }

                    break;
                default:
                    break;
            }
        }

        var cls = (expand.Count > 0, contract.Count > 0) switch
        {
            (true, true) => ChangeClass.Mixed,
            (true, false) => ChangeClass.Expand,
            (false, true) => ChangeClass.Contract,
            _ => ChangeClass.Neutral,
        };
        return new Classification(cls, expand, contract, [.. tables], removed);
    }

    private static void Action(string path, QualifiedName table, AlterAction a, List<string> expand, List<string> contract, List<RemovedName> removed)
    {
        var at = $"{path}:{a.Start.Line}";
        switch (a.Kind)
        {
            case AlterActionKind.AddColumn when a.Definition is { NotNull: true, Default: null, Identity: false }:
                contract.Add($"adds required column {table}.{a.Column} that old writers do not set ({at})");
                break;
            case AlterActionKind.AddColumn:
                expand.Add($"adds column {table}.{a.Column} ({at})");
                break;
            case AlterActionKind.AddConstraint or AlterActionKind.DropNotNull or AlterActionKind.SetDefault or AlterActionKind.DropConstraint or AlterActionKind.ValidateConstraint:
                expand.Add($"{a.Kind switch { AlterActionKind.AddConstraint => "adds a constraint", AlterActionKind.DropNotNull => "relaxes NOT NULL", AlterActionKind.DropConstraint => "drops a constraint", AlterActionKind.ValidateConstraint => "validates a constraint", _ => "sets a default" }} on {table} ({at})");
                break;
            case AlterActionKind.DropColumn:
                contract.Add($"drops column {table}.{a.Column} ({at})");
                removed.Add(new RemovedName("column", a.Column ?? "?", table.Key, path, a.Start.Line, a.Start.Column));
                break;
            case AlterActionKind.RenameColumn:
                contract.Add($"renames column {table}.{a.Column} to {a.NewName} ({at})");
                removed.Add(new RemovedName("column", a.Column ?? "?", table.Key, path, a.Start.Line, a.Start.Column));
                break;
            case AlterActionKind.RenameTable:
                contract.Add($"renames table {table} to {a.NewName} ({at})");
                removed.Add(new RemovedName("table", table.Name, table.Key, path, a.Start.Line, a.Start.Column));
                break;
            case AlterActionKind.SetNotNull:
                contract.Add($"makes {table}.{a.Column} NOT NULL ({at})");
                break;
            case AlterActionKind.AlterColumnType when Widening(a.TypeTokens):
                expand.Add($"widens {table}.{a.Column} to {string.Join(' ', a.TypeTokens.Select(t => t.Text))} ({at})");
                break;
            case AlterActionKind.AlterColumnType:
                contract.Add($"changes the type of {table}.{a.Column} to {string.Join(' ', a.TypeTokens.Select(t => t.Text))} ({at})");
                break;
            default:
                break;
        }
    }

    /// <summary>Target types every old value fits in (text, bigint, unconstrained numeric): an expand.</summary>
    private static bool Widening(IReadOnlyList<SqlToken> type) =>
        type.Count > 0 && !type.Any(t => t.IsSymbol("(")) && type[0].Value is "text" or "bigint" or "int8" or "numeric" or "jsonb" or "timestamptz";
}
