using System.Text;

namespace Toolkit.Gates.Migrations.Sql;

/// <summary>
/// A PostgreSQL lexer: dollar quoting (<c>$$</c>, <c>$tag$</c>), nested block comments, standard and <c>E''</c> strings
/// (backslash escapes), quoted identifiers, with the 1-based line and column of every token. It never throws on
/// input: an unterminated construct is returned as a <see cref="SqlSyntaxError"/> at the place it starts. psql
/// meta-commands (<c>\set</c>, <c>\i</c>, <c>\if</c>, ...) become <see cref="TokenKind.MetaCommand"/> tokens that run to the end
/// of their line, and the data of <c>COPY ... FROM stdin</c> up to <c>\.</c> is skipped, as psql does.
/// </summary>
internal sealed partial class SqlLexer
{
    private readonly string text;
    private readonly List<SqlToken> tokens = [];
    private readonly List<SqlComment> comments = [];
    private int pos;
    private int statementStart;
    private int line = 1;
    private int lineStart;

    private SqlLexer(string text) => this.text = text;

    /// <summary>Tokenises a whole file.</summary>
    public static LexResult Lex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexer = new SqlLexer(text);
        var error = lexer.Run();
        return new LexResult(lexer.tokens, lexer.comments, error);
    }

    private int Column => pos - lineStart + 1;

    private char Peek(int ahead = 0) => pos + ahead < text.Length ? text[pos + ahead] : '\0';

    private SqlSyntaxError? Run()
    {
        if (NulByte() is { } nul)
        {
            return nul;
        }

        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsWhiteSpace(c))
            {
                Advance();
                continue;
            }

            var error = c switch
            {
                '-' when Peek(1) == '-' => LineComment(),
                '/' when Peek(1) == '*' => BlockComment(),
                '\'' => QuotedString(1, backslashEscapes: false),
                '"' => QuotedIdentifier(0),
                ';' => Semicolon(),
                '\\' => MetaCommand(),
                '$' => Dollar(),
                _ when (c is 'e' or 'E') && Peek(1) == '\'' => QuotedString(2, backslashEscapes: true),
                _ when (c is 'b' or 'B' or 'x' or 'X' or 'n' or 'N') && Peek(1) == '\'' => QuotedString(2, backslashEscapes: false),
                _ when (c is 'u' or 'U') && Peek(1) == '&' && Peek(2) == '\'' => QuotedString(3, backslashEscapes: false),
                _ when (c is 'u' or 'U') && Peek(1) == '&' && Peek(2) == '"' => QuotedIdentifier(2),
                _ when char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(1))) => Number(),
                _ when IsIdentStart(c) => Word(),
                _ => Symbol(),
            };

            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private void Advance()
    {
        if (text[pos] == '\n')
        {
            line++;
            lineStart = pos + 1;
        }

        pos++;
    }

    private void AdvanceTo(int end)
    {
        while (pos < end)
        {
            Advance();
        }
    }

    private void Emit(TokenKind kind, int start, int startLine, int startColumn, string value) =>
        tokens.Add(new SqlToken(kind, text[start..pos], value, start, startLine, startColumn));

    private SqlSyntaxError? Single(TokenKind kind)
    {
        var (start, l, col) = (pos, line, Column);
        Advance();
        Emit(kind, start, l, col, text[start..pos]);
        return null;
    }

    private SqlSyntaxError? LineComment()
    {
        var (start, l, col) = (pos, line, Column);
        var end = text.IndexOf('\n', pos);
        end = end < 0 ? text.Length : end;
        AdvanceTo(end);
        comments.Add(new SqlComment(text[(start + 2)..end].Trim(), l, col, start));
        return null;
    }

    private SqlSyntaxError? BlockComment()
    {
        // PostgreSQL block comments nest: /* a /* b */ c */ is one comment.
        var (start, l, col) = (pos, line, Column);
        var depth = 0;
        while (pos < text.Length)
        {
            if (Peek() == '/' && Peek(1) == '*')
            {
                depth++;
                Advance();
                Advance();
            }
            else if (Peek() == '*' && Peek(1) == '/')
            {
                depth--;
                Advance();
                Advance();
                if (depth == 0)
                {
                    comments.Add(new SqlComment(text[(start + 2)..(pos - 2)].Trim(), l, col, start));
                    return null;
                }
            }
            else
            {
                Advance();
            }
        }

        return new SqlSyntaxError("unterminated block comment (/* without a matching */)", l, col);
    }

    private SqlSyntaxError? QuotedString(int prefix, bool backslashEscapes)
    {
        var (start, l, col) = (pos, line, Column);
        AdvanceTo(pos + prefix);
        var value = new StringBuilder();
        while (pos < text.Length)
        {
            var c = text[pos];
            if (backslashEscapes && c == '\\' && pos + 1 < text.Length)
            {
                value.Append(text[pos + 1]);
                Advance();
                Advance();
                continue;
            }

            if (c == '\'')
            {
                if (Peek(1) == '\'')
                {
                    value.Append('\'');
                    Advance();
                    Advance();
                    continue;
                }

                Advance();
                Emit(TokenKind.String, start, l, col, value.ToString());
                return null;
            }

            value.Append(c);
            Advance();
        }

        return new SqlSyntaxError("unterminated string constant (a quote ' is never closed)", l, col);
    }

    private SqlSyntaxError? QuotedIdentifier(int prefix)
    {
        var (start, l, col) = (pos, line, Column);
        AdvanceTo(pos + prefix + 1);
        var value = new StringBuilder();
        while (pos < text.Length)
        {
            if (text[pos] == '"')
            {
                if (Peek(1) == '"')
                {
                    value.Append('"');
                    Advance();
                    Advance();
                    continue;
                }

                Advance();
                if (value.Length == 0)
                {
                    return new SqlSyntaxError("zero-length delimited identifier (\"\")", l, col);
                }

                Emit(TokenKind.QuotedIdentifier, start, l, col, value.ToString());
                return null;
            }

            value.Append(text[pos]);
            Advance();
        }

        return new SqlSyntaxError("unterminated quoted identifier (a double quote \" is never closed)", l, col);
    }
}
