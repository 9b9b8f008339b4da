using Toolkit.Gates.Migrations.Parsing;
using Toolkit.Gates.Migrations.Rules;
using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Linting;

/// <summary>ALTER TABLE rules and column type rules.</summary>
internal sealed partial class LintState
{
    private static readonly HashSet<string> SafeDefaultFunctions = new(StringComparer.Ordinal)
    {
        "now", "transaction_timestamp", "statement_timestamp", "current_setting", "array", "row",
    };

    private static readonly HashSet<string> SerialTypes = new(StringComparer.Ordinal) { "serial", "serial4", "serial8", "bigserial", "smallserial", "serial2" };

    private void AlterTable(ParsedStatement statement)
    {
        var table = statement.Table;
        var existing = IsExisting(table);
        if (existing && statement.Actions.Any(a => a.Kind is not AlterActionKind.ValidateConstraint))
        {
            NeedsTimeout(statement, table);
        }

        foreach (var action in statement.Actions)
        {
            if (action.Kind == AlterActionKind.AddColumn && action.Definition is { } column)
            {
                ColumnType(statement, column.TypeTokens, column.Name);
            }
            else if (action.Kind == AlterActionKind.AlterColumnType)
            {
                ColumnType(statement, action.TypeTokens, action.Column ?? "?");
            }

            if (action.Kind == AlterActionKind.DropNotNull)
            {
                Add(MigrationRules.BanDropNotNull, statement, action.Start, $"ALTER COLUMN {action.Column} DROP NOT NULL on {table}.");
            }

            if (existing)
            {
                ExistingTableAction(statement, table!, action);
            }

            if (!InTransaction && !action.Guarded && action.Kind is AlterActionKind.AddColumn or AlterActionKind.DropColumn or AlterActionKind.DropConstraint)
            {
                var what = action.Kind switch
                {
                    AlterActionKind.AddColumn => "ADD COLUMN",
                    AlterActionKind.DropColumn => "DROP COLUMN",
                    _ => "DROP CONSTRAINT",
                };
                var guard = action.Kind == AlterActionKind.AddColumn ? "IF NOT EXISTS" : "IF EXISTS";
                Add(MigrationRules.PreferRobustStmts, statement, action.Start, $"{what} {action.Column} without {guard} outside a transaction.");
            }
        }

        if (statement.Actions.FirstOrDefault(a => a.Kind == AlterActionKind.RenameTable) is { NewName: { } renamed } && table is not null)
        {
            createdTables.Remove(table.Key);
            if (!existing)
            {
                createdTables.Add(new QualifiedName(table.Schema, renamed).Key);
            }
        }
    }

    private void ExistingTableAction(ParsedStatement statement, QualifiedName table, AlterAction action)
    {
        switch (action.Kind)
        {
            case AlterActionKind.AddColumn when action.Definition is { } column:
                if (column.NotNull && column.Default is null && !column.Identity && !column.Stored && !SerialTypes.Contains(FirstTypeWord(column.TypeTokens)))
                {
                    Add(MigrationRules.AddingRequiredField, statement, action.Start, $"ADD COLUMN {column.Name} NOT NULL without a DEFAULT on existing table {table}.");
                }

                if ((column.Default is { } expression && IsVolatile(expression)) || column.Stored || column.Identity)
                {
                    // An identity column numbers every existing row, so it rewrites the table like a volatile default.
                    Add(MigrationRules.AddingFieldWithDefault, statement, action.Start, column.Stored || column.Identity
                        ? $"ADD COLUMN {column.Name} as {(column.Identity ? "an identity" : "a stored generated")} column on existing table {table}."
                        : $"ADD COLUMN {column.Name} DEFAULT {string.Join(' ', column.Default!.Select(t => t.Text))} is not a constant on existing table {table}.");
                }

                if (SerialTypes.Contains(FirstTypeWord(column.TypeTokens)) && column.PrimaryKey)
                {
                    Add(MigrationRules.AddingSerialPrimaryKeyField, statement, action.Start, $"ADD COLUMN {column.Name} {column.TypeText} PRIMARY KEY on existing table {table}.");
                }
                else if (column.PrimaryKey)
                {
                    Add(MigrationRules.AddingSerialPrimaryKeyField, statement, action.Start, $"ADD COLUMN {column.Name} ... PRIMARY KEY on existing table {table}.");
                }

                if (column.Unique)
                {
                    Add(MigrationRules.DisallowedUniqueConstraint, statement, action.Start, $"ADD COLUMN {column.Name} ... UNIQUE on existing table {table}.");
                }

                if (column.References)
                {
                    Add(MigrationRules.AddingForeignKeyConstraint, statement, action.Start, $"ADD COLUMN {column.Name} ... REFERENCES on existing table {table} validates at once.");
                }

                break;
            case AlterActionKind.AddConstraint when action.Constraint is { } constraint:
                AddConstraint(statement, table, action, constraint);
                break;
            case AlterActionKind.SetNotNull:
                Add(MigrationRules.AddingNotNullableField, statement, action.Start, $"ALTER COLUMN {action.Column} SET NOT NULL on existing table {table}.");
                break;
            case AlterActionKind.AlterColumnType:
                Add(MigrationRules.ChangingColumnType, statement, action.Start, $"ALTER COLUMN {action.Column} TYPE {string.Join(' ', action.TypeTokens.Select(t => t.Text))} on existing table {table}.");
                break;
            case AlterActionKind.RenameColumn:
                Add(MigrationRules.RenamingColumn, statement, action.Start, $"RENAME COLUMN {action.Column} TO {action.NewName} on existing table {table}.");
                break;
            case AlterActionKind.RenameTable:
                Add(MigrationRules.RenamingTable, statement, action.Start, $"RENAME table {table} TO {action.NewName}.");
                break;
            case AlterActionKind.DropColumn:
                Add(MigrationRules.BanDropColumn, statement, action.Start, $"DROP COLUMN {action.Column} on existing table {table}.");
                break;
            default:
                break;
        }
    }

    private void AddConstraint(ParsedStatement statement, QualifiedName table, AlterAction action, ConstraintInfo constraint)
    {
        var name = constraint.Name is null ? string.Empty : $" {constraint.Name}";
        switch (constraint.Type)
        {
            case "foreign-key" when !constraint.NotValid:
                Add(MigrationRules.AddingForeignKeyConstraint, statement, action.Start, $"ADD CONSTRAINT{name} FOREIGN KEY on existing table {table} without NOT VALID.");
                Add(MigrationRules.ConstraintMissingNotValid, statement, action.Start, $"ADD CONSTRAINT{name} FOREIGN KEY on existing table {table} without NOT VALID.");
                break;
            case "check" when !constraint.NotValid:
                Add(MigrationRules.ConstraintMissingNotValid, statement, action.Start, $"ADD CONSTRAINT{name} CHECK on existing table {table} without NOT VALID.");
                break;
            case "unique" when !constraint.UsingIndex:
                Add(MigrationRules.DisallowedUniqueConstraint, statement, action.Start, $"ADD CONSTRAINT{name} UNIQUE on existing table {table} builds the index under lock.");
                break;
            case "primary-key" when !constraint.UsingIndex:
                Add(MigrationRules.AddingSerialPrimaryKeyField, statement, action.Start, $"ADD CONSTRAINT{name} PRIMARY KEY on existing table {table} builds the index under lock.");
                break;
            default:
                break;
        }
    }

    private static string FirstTypeWord(IReadOnlyList<SqlToken> type) => type.Count > 0 ? type[0].Value : string.Empty;

    private static bool IsVolatile(IReadOnlyList<SqlToken> expression)
    {
        for (var i = 0; i + 1 < expression.Count; i++)
        {
            // A function call whose volatility we cannot vouch for; casts (::type) and constants are fine.
            if (expression[i].Kind == TokenKind.Word && expression[i + 1].IsSymbol("(") && (i == 0 || !expression[i - 1].IsSymbol("::"))
                && !SafeDefaultFunctions.Contains(expression[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    private void ColumnType(ParsedStatement statement, IReadOnlyList<SqlToken> type, string column)
    {
        if (type.Count == 0)
        {
            return;
        }

        var words = type.Where(t => t.Kind == TokenKind.Word).Select(t => t.Value).ToList();
        var first = words.Count > 0 ? words[0] : string.Empty;
        var at = type[0];
        var hasLength = type.Any(t => t.IsSymbol("("));
        if ((first is "char" or "character" or "bpchar" or "nchar") && !words.Contains("varying"))
        {
            Add(MigrationRules.BanCharField, statement, at, $"Column {column} is {Text(type)}.");
        }

        if ((first == "varchar" || (first == "character" && words.Contains("varying"))) && hasLength)
        {
            Add(MigrationRules.PreferTextField, statement, at, $"Column {column} is {Text(type)}.");
        }

        if (first == "timestamp" && !words.Contains("with"))
        {
            Add(MigrationRules.PreferTimestamptz, statement, at, $"Column {column} is {Text(type)}.");
        }

        if (first is "int" or "integer" or "int4" or "serial" or "serial4")
        {
            Add(MigrationRules.PreferBigintOverInt, statement, at, $"Column {column} is {Text(type)}.");
        }
        else if (first is "smallint" or "int2" or "smallserial" or "serial2")
        {
            Add(MigrationRules.PreferBigintOverSmallint, statement, at, $"Column {column} is {Text(type)}.");
        }

        if (SerialTypes.Contains(first))
        {
            Add(MigrationRules.PreferIdentity, statement, at, $"Column {column} is {Text(type)}.");
        }
    }

    private static string Text(IReadOnlyList<SqlToken> type) =>
        string.Join(' ', type.Select(t => t.Text))
            .Replace(" (", "(", StringComparison.Ordinal)
            .Replace("( ", "(", StringComparison.Ordinal)
            .Replace(" )", ")", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal);
}
