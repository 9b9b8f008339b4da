namespace Toolkit.Gates.Migrations.Sql;

/// <summary>psql's additions to SQL: backslash meta-commands, <c>COPY ... FROM stdin</c> data, and no NUL bytes.</summary>
internal sealed partial class SqlLexer
{
    /// <summary>
    /// Meta-commands that send the query buffer, so they end the current statement the way a semicolon does.
    /// </summary>
    internal static readonly HashSet<string> SendingMetaCommands = new(StringComparer.Ordinal)
    {
        "g", "gx", "gset", "gexec", "gdesc", "crosstabview", "watch", ";",
    };

    /// <summary>Meta-commands whose argument is the whole rest of the line, backslashes included.</summary>
    private static readonly HashSet<string> WholeLineMetaCommands = new(StringComparer.Ordinal) { "!", "copy", "sf", "sv", "ef", "ev" };

    /// <summary>PostgreSQL rejects a NUL byte anywhere, and tools that read C strings stop at one: never lint past it.</summary>
    private SqlSyntaxError? NulByte()
    {
        var at = text.IndexOf('\0', StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var before = text.AsSpan(0, at);
        var nulLine = before.Count('\n') + 1;
        var nulColumn = at - (before.LastIndexOf('\n') + 1) + 1;
        return new SqlSyntaxError("the file contains a NUL byte (\\0), which PostgreSQL rejects and which would hide the SQL after it; remove it", nulLine, nulColumn);
    }

    private SqlSyntaxError? Semicolon()
    {
        var error = Single(TokenKind.Semicolon);
        var copyFromStdin = IsCopyFromStdin(statementStart);
        statementStart = tokens.Count;
        if (copyFromStdin)
        {
            SkipCopyData();
        }

        return error;
    }

    /// <summary>
    /// A meta-command runs from its backslash to the end of the line or to the next unquoted backslash; <c>\\</c>
    /// ends the arguments and returns to SQL. Quoted arguments ('', "" and backticks) may hold backslashes.
    /// </summary>
    private SqlSyntaxError? MetaCommand()
    {
        var (start, l, col) = (pos, line, Column);
        Advance();
        if (Peek() == '\\')
        {
            Advance();
            return null;
        }

        var nameStart = pos;
        while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '+'))
        {
            Advance();
        }

        if (pos == nameStart && pos < text.Length && text[pos] != '\n')
        {
            Advance();
        }

        var name = text[nameStart..pos].TrimEnd('+');
        var wholeLine = WholeLineMetaCommands.Contains(name);
        while (pos < text.Length && text[pos] != '\n')
        {
            var c = text[pos];
            if (!wholeLine && c == '\\')
            {
                break;
            }

            if (!wholeLine && c is '\'' or '"' or '`')
            {
                SkipQuotedArgument(c);
                continue;
            }

            Advance();
        }

        Emit(TokenKind.MetaCommand, start, l, col, name);
        if (SendingMetaCommands.Contains(name))
        {
            var copyFromStdin = IsCopyFromStdin(statementStart);
            statementStart = tokens.Count;
            if (copyFromStdin)
            {
                SkipCopyData();
            }
        }
        else if (name == "copy" && IsFromStdin(text[nameStart..pos]))
        {
            SkipCopyData();
        }

        return null;
    }

    private void SkipQuotedArgument(char quote)
    {
        Advance();
        while (pos < text.Length && text[pos] != '\n')
        {
            if (quote == '\'' && text[pos] == '\\' && pos + 1 < text.Length && text[pos + 1] != '\n')
            {
                Advance();
            }
            else if (text[pos] == quote)
            {
                Advance();
                return;
            }

            Advance();
        }
    }

    private bool IsCopyFromStdin(int from)
    {
        if (from >= tokens.Count || !tokens[from].Is("copy"))
        {
            return false;
        }

        for (var i = from + 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Is("from") && tokens[i + 1].Is("stdin"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFromStdin(string arguments)
    {
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i].Equals("from", StringComparison.OrdinalIgnoreCase) && words[i + 1].TrimEnd(';').Equals("stdin", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips COPY data: the lines after the command's line up to a line that is exactly <c>\.</c> (or the end).</summary>
    private void SkipCopyData()
    {
        var next = text.IndexOf('\n', pos);
        if (next < 0)
        {
            AdvanceTo(text.Length);
            return;
        }

        AdvanceTo(next + 1);
        while (pos < text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var lineEnd = end < 0 ? text.Length : end;
            var isTerminator = text.AsSpan(pos, lineEnd - pos).TrimEnd('\r').SequenceEqual("\\.");
            AdvanceTo(end < 0 ? text.Length : end + 1);
            if (isTerminator)
            {
                return;
            }
        }
    }
}
