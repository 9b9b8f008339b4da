using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Parsing;

/// <summary><c>ALTER TABLE</c> and column definitions.</summary>
internal static partial class StatementParser
{
    private static readonly HashSet<string> ColumnConstraintWords =
        new(StringComparer.Ordinal) { "constraint", "not", "null", "default", "primary", "unique", "references", "check", "generated", "collate", "deferrable", "initially" };

    private static ParsedStatement ParseAlterTable(SqlStatement statement, TokenCursor c)
    {
        var guarded = c.Accept("if", "exists");
        c.Accept("only");
        var table = c.Name();
        if (c.Current?.IsSymbol("*") == true)
        {
            c.Next();
        }

        var actions = new List<AlterAction>();
        foreach (var group in c.CommaSeparated())
        {
            if (group.Count > 0)
            {
                actions.Add(ParseAction(group));
            }
        }

        return new ParsedStatement(statement, StatementKind.AlterTable) { Table = table, Guarded = guarded, Actions = actions };
    }

    private static AlterAction ParseAction(List<SqlToken> tokens)
    {
        var c = new TokenCursor(tokens);
        var start = tokens[0];
        if (c.Accept("add"))
        {
            return ParseAdd(start, tokens, c);
        }

        if (c.Accept("alter"))
        {
            c.Accept("column");
            var column = c.Next()?.Value;
            if (c.Accept("set", "data", "type") || c.Accept("type"))
            {
                var type = new List<SqlToken>();
                while (c.Current is { } t && !t.Is("using") && !t.Is("collate"))
                {
                    type.Add(t);
                    c.Next();
                }

                return new AlterAction(AlterActionKind.AlterColumnType, start) { Column = column, TypeTokens = type };
            }

            var kind = c.Accept("set", "not", "null") ? AlterActionKind.SetNotNull
                : c.Accept("drop", "not", "null") ? AlterActionKind.DropNotNull
                : c.Accept("set", "default") ? AlterActionKind.SetDefault
                : c.Accept("drop", "default") ? AlterActionKind.DropDefault
                : AlterActionKind.Other;
            return new AlterAction(kind, start) { Column = column };
        }

        if (c.Accept("drop"))
        {
            if (c.Accept("constraint"))
            {
                var guardedConstraint = c.Accept("if", "exists");
                return new AlterAction(AlterActionKind.DropConstraint, start) { Column = c.Next()?.Value, Guarded = guardedConstraint };
            }

            c.Accept("column");
            var guarded = c.Accept("if", "exists");
            return new AlterAction(AlterActionKind.DropColumn, start) { Column = c.Next()?.Value, Guarded = guarded };
        }

        if (c.Accept("validate", "constraint"))
        {
            return new AlterAction(AlterActionKind.ValidateConstraint, start) { Column = c.Next()?.Value };
        }

        if (c.Accept("rename"))
        {
            if (c.Accept("to"))
            {
                return new AlterAction(AlterActionKind.RenameTable, start) { NewName = c.Next()?.Value };
            }

            var kind = c.Accept("constraint") ? AlterActionKind.RenameConstraint : AlterActionKind.RenameColumn;
            c.Accept("column");
            var old = c.Next()?.Value;
            c.Accept("to");
            return new AlterAction(kind, start) { Column = old, NewName = c.Next()?.Value };
        }

        return new AlterAction(AlterActionKind.Other, start);
    }

    private static AlterAction ParseAdd(SqlToken start, List<SqlToken> tokens, TokenCursor c)
    {
        if (c.Current is { } next && (next.Is("constraint") || next.Is("primary") || next.Is("unique") || next.Is("foreign") || next.Is("check") || next.Is("exclude")))
        {
            string? name = null;
            if (c.Accept("constraint"))
            {
                name = c.Next()?.Value;
            }

            var type = c.Current switch
            {
                { } t when t.Is("primary") => "primary-key",
                { } t when t.Is("unique") => "unique",
                { } t when t.Is("foreign") => "foreign-key",
                { } t when t.Is("check") => "check",
                _ => "exclude",
            };
            var notValid = HasSequence(tokens, "not", "valid");
            var usingIndex = HasSequence(tokens, "using", "index");
            return new AlterAction(AlterActionKind.AddConstraint, start) { Constraint = new ConstraintInfo(type, name, notValid, usingIndex) };
        }

        c.Accept("column");
        var guarded = c.Accept("if", "not", "exists");
        var definition = ParseColumn(tokens.Skip(c.Index).ToList());
        var inlineFk = definition?.References == true
            ? new ConstraintInfo("foreign-key", null, NotValid: false, UsingIndex: false)
            : null;
        return new AlterAction(AlterActionKind.AddColumn, start) { Column = definition?.Name, Definition = definition, Guarded = guarded, Constraint = inlineFk };
    }

    private static bool HasSequence(List<SqlToken> tokens, string first, string second)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Is(first) && tokens[i + 1].Is(second))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads <c>name type [constraints]</c>.</summary>
    internal static ColumnDefinition? ParseColumn(List<SqlToken> tokens)
    {
        if (tokens.Count < 2 || !tokens[0].IsName)
        {
            return null;
        }

        var i = 1;
        var type = new List<SqlToken>();
        var depth = 0;
        for (; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (depth == 0 && t.Kind == TokenKind.Word && ColumnConstraintWords.Contains(t.Value) && type.Count > 0)
            {
                break;
            }

            depth += t.IsSymbol("(") ? 1 : t.IsSymbol(")") ? -1 : 0;
            type.Add(t);
        }

        var rest = tokens.Skip(i).ToList();
        return new ColumnDefinition(tokens[0].Value, tokens[0], type)
        {
            NotNull = HasSequence(rest, "not", "null"),
            PrimaryKey = HasSequence(rest, "primary", "key"),
            Unique = rest.Any(t => t.Is("unique")),
            References = rest.Any(t => t.Is("references")),
            Identity = HasSequence(rest, "as", "identity"),
            Stored = rest.Any(t => t.Is("stored")),
            Default = DefaultExpression(rest),
        };
    }

    private static List<SqlToken>? DefaultExpression(List<SqlToken> rest)
    {
        var at = rest.FindIndex(t => t.Is("default"));
        if (at < 0)
        {
            return null;
        }

        var expression = new List<SqlToken>();
        var depth = 0;
        for (var i = at + 1; i < rest.Count; i++)
        {
            var t = rest[i];
            if (depth == 0 && t.Kind == TokenKind.Word && ColumnConstraintWords.Contains(t.Value) && t.Value is not "null" && expression.Count > 0)
            {
                break;
            }

            depth += t.IsSymbol("(") ? 1 : t.IsSymbol(")") ? -1 : 0;
            expression.Add(t);
        }

        return expression;
    }
}
