using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Parsing;

/// <summary>
/// A light classifier for the DDL the rules need. It reads what it recognises and leaves the rest as
/// <see cref="StatementKind.Other"/>: it is not a validator (PostgreSQL is, in the dry run).
/// </summary>
internal static partial class StatementParser
{
    /// <summary>Classifies one statement.</summary>
    public static ParsedStatement Parse(SqlStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var c = new TokenCursor(statement.Tokens);
        if (c.Accept("create"))
        {
            return ParseCreate(statement, c);
        }

        if (c.Accept("alter", "table"))
        {
            return ParseAlterTable(statement, c);
        }

        if (c.Accept("drop"))
        {
            return ParseDrop(statement, c);
        }

        if (c.Accept("truncate"))
        {
            c.Accept("table");
            c.Accept("only");
            return new ParsedStatement(statement, StatementKind.Truncate)
            {
                Targets = Names(c),
                Cascade = statement.Tokens[^1].Is("cascade"),
            };
        }

        if (c.Accept("set"))
        {
            return ParseSet(statement, c);
        }

        if (c.Accept("reindex"))
        {
            return ParseReindex(statement, c);
        }

        if (c.Accept("alter", "type"))
        {
            var type = c.Name();
            var adds = c.Accept("add", "value");
            return new ParsedStatement(statement, StatementKind.AlterType)
            {
                Table = type,
                AddsEnumValue = adds,
                Guarded = adds && c.Accept("if", "not", "exists"),
                Positioned = adds && statement.Tokens.Any(t => t.Is("before") || t.Is("after")),
            };
        }

        if (c.Accept("begin") || c.Accept("start", "transaction"))
        {
            return new ParsedStatement(statement, StatementKind.Begin);
        }

        if (statement.Tokens.Count <= 2 && (c.Accept("commit") || c.Accept("end")))
        {
            return new ParsedStatement(statement, StatementKind.Commit);
        }

        if (statement.Tokens.Count <= 2 && (c.Accept("rollback") || c.Accept("abort")))
        {
            return new ParsedStatement(statement, StatementKind.Rollback);
        }

        return new ParsedStatement(statement, StatementKind.Other);
    }

    private static List<QualifiedName> Names(TokenCursor c)
    {
        var names = new List<QualifiedName>();
        while (c.Name() is { } name)
        {
            names.Add(name);
            if (c.Current?.IsSymbol("*") == true)
            {
                c.Next();
            }

            if (c.Current?.IsSymbol(",") != true)
            {
                break;
            }

            c.Next();
        }

        return names;
    }

    private static ParsedStatement ParseSet(SqlStatement statement, TokenCursor c)
    {
        if (!c.Accept("session"))
        {
            c.Accept("local");
        }

        var setting = c.Next()?.Value;
        if (c.Current is { } eq && (eq.Is("to") || eq.IsSymbol("=")))
        {
            c.Next();
        }

        var value = c.Current?.Value;
        return new ParsedStatement(statement, StatementKind.Set) { Setting = setting, SettingValue = value };
    }

    private static ParsedStatement ParseCreate(SqlStatement statement, TokenCursor c)
    {
        c.Accept("or", "replace");
        var unique = c.Accept("unique");
        if (c.Accept("index"))
        {
            var concurrently = c.Accept("concurrently");
            var guarded = c.Accept("if", "not", "exists");
            if (!c.Is("on"))
            {
                c.Name();
            }

            c.Accept("on");
            c.Accept("only");
            return new ParsedStatement(statement, StatementKind.CreateIndex)
            {
                Table = c.Name(),
                Concurrently = concurrently,
                Guarded = guarded,
                Unique = unique,
            };
        }

        if (c.Accept("type"))
        {
            return new ParsedStatement(statement, StatementKind.CreateType) { Table = c.Name() };
        }

        _ = c.Accept("global") || c.Accept("local");
        _ = c.Accept("temporary") || c.Accept("temp") || c.Accept("unlogged");
        if (!c.Accept("table"))
        {
            return new ParsedStatement(statement, StatementKind.Other);
        }

        var ifNotExists = c.Accept("if", "not", "exists");
        var table = c.Name();
        var columns = new List<ColumnDefinition>();
        if (c.Current?.IsSymbol("(") == true)
        {
            var body = Parenthesised(statement.Tokens, c.Index);
            foreach (var element in new TokenCursor(body).CommaSeparated())
            {
                if (element.Count > 0 && !IsTableConstraintStart(element[0]) && ParseColumn(element) is { } column)
                {
                    columns.Add(column);
                }
            }
        }

        var afterColumns = c.Current?.IsSymbol("(") == true ? CloseParenthesis(statement.Tokens, c.Index) + 1 : c.Index;
        var asQuery = afterColumns < statement.Tokens.Count && statement.Tokens[afterColumns].Is("as");
        return new ParsedStatement(statement, StatementKind.CreateTable) { Table = table, Guarded = ifNotExists, Columns = asQuery ? [] : columns, AsQuery = asQuery };
    }

    private static bool IsTableConstraintStart(SqlToken token) =>
        token.Kind == TokenKind.Word && token.Value is "constraint" or "primary" or "unique" or "foreign" or "check" or "exclude" or "like";

    private static int CloseParenthesis(IReadOnlyList<SqlToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            depth += tokens[i].IsSymbol("(") ? 1 : tokens[i].IsSymbol(")") ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return tokens.Count;
    }

    private static ParsedStatement ParseReindex(SqlStatement statement, TokenCursor c)
    {
        if (c.Current?.IsSymbol("(") == true)
        {
            // REINDEX (CONCURRENTLY, VERBOSE) TABLE t: the PostgreSQL 14+ option list.
            var options = Parenthesised(statement.Tokens, c.Index);
            c.Index = CloseParenthesis(statement.Tokens, c.Index) + 1;
            var concurrentOption = options.Any(t => t.Is("concurrently"));
            _ = c.Next();
            return new ParsedStatement(statement, StatementKind.Reindex) { Concurrently = concurrentOption || c.Accept("concurrently"), Table = c.Name() };
        }

        _ = c.Next();
        var concurrently = c.Accept("concurrently");
        return new ParsedStatement(statement, StatementKind.Reindex) { Concurrently = concurrently, Table = c.Name() };
    }

    /// <summary>The tokens inside the parentheses that open at <paramref name="open"/>.</summary>
    internal static List<SqlToken> Parenthesised(IReadOnlyList<SqlToken> tokens, int open)
    {
        var depth = 0;
        var body = new List<SqlToken>();
        for (var i = open; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsSymbol("("))
            {
                depth++;
                if (depth == 1)
                {
                    continue;
                }
            }
            else if (t.IsSymbol(")"))
            {
                depth--;
                if (depth == 0)
                {
                    break;
                }
            }

            body.Add(t);
        }

        return body;
    }

    private static ParsedStatement ParseDrop(SqlStatement statement, TokenCursor c)
    {
        var kind = c.Accept("index") ? StatementKind.DropIndex
            : c.Accept("table") ? StatementKind.DropTable
            : c.Accept("type") ? StatementKind.DropType
            : c.Accept("database") ? StatementKind.DropDatabase
            : StatementKind.Other;
        if (kind == StatementKind.Other)
        {
            return new ParsedStatement(statement, kind);
        }

        var concurrently = kind == StatementKind.DropIndex && c.Accept("concurrently");
        var guarded = c.Accept("if", "exists");
        var names = Names(c);
        return new ParsedStatement(statement, kind)
        {
            Targets = names,
            Table = kind == StatementKind.DropTable && names.Count > 0 ? names[0] : null,
            Concurrently = concurrently,
            Guarded = guarded,
            Cascade = statement.Tokens[^1].Is("cascade"),
        };
    }
}
