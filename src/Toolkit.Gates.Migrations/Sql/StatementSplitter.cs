namespace Toolkit.Gates.Migrations.Sql;

/// <summary>
/// Splits a SQL text into statements at top-level semicolons. Semicolons inside strings, dollar quotes, comments and
/// parentheses do not split, nor do those inside a SQL-standard function body (<c>BEGIN ATOMIC ... END</c>). psql
/// meta-commands are left out of the statements (<c>\g</c> ends one); a statement that runs into the next one because a
/// semicolon is missing is a syntax error, as PostgreSQL would report it.
/// </summary>
internal static class StatementSplitter
{
    /// <summary>Splits <paramref name="text"/>; line and column stay those of the whole text.</summary>
    public static SplitResult Split(string text)
    {
        var lexed = SqlLexer.Lex(text);
        var statements = new List<SqlStatement>();
        var current = new List<SqlToken>();
        var depth = 0;
        var atomicDepth = 0;
        foreach (var token in lexed.Tokens)
        {
            if (token.Kind == TokenKind.Semicolon && depth == 0 && atomicDepth == 0)
            {
                Flush(text, current, statements);
                continue;
            }

            if (token.Kind == TokenKind.MetaCommand)
            {
                // psql runs a meta-command on its own; only \g and its kin send the statement typed so far.
                if (SqlLexer.SendingMetaCommands.Contains(token.Value))
                {
                    Flush(text, current, statements);
                    (depth, atomicDepth) = (0, 0);
                }

                continue;
            }

            if (token.IsSymbol("("))
            {
                depth++;
            }
            else if (token.IsSymbol(")") && depth > 0)
            {
                depth--;
            }
            else if (token.Is("atomic") && current.Count > 0 && current[^1].Is("begin"))
            {
                atomicDepth++;
            }
            else if (token.Is("case") && atomicDepth > 0)
            {
                atomicDepth++;
            }
            else if (token.Is("end") && atomicDepth > 0)
            {
                atomicDepth--;
            }

            current.Add(token);
        }

        Flush(text, current, statements);
        var error = lexed.Error ?? statements.Select(StatementBoundary.MissingSemicolon).FirstOrDefault(e => e is not null);
        return new SplitResult(statements, lexed.Comments, error);
    }

    private static void Flush(string text, List<SqlToken> current, List<SqlStatement> statements)
    {
        if (current.Count == 0)
        {
            return;
        }

        var first = current[0];
        var last = current[^1];
        statements.Add(new SqlStatement([.. current], text[first.Offset..(last.Offset + last.Text.Length)], first.Line, first.Column));
        current.Clear();
    }
}
