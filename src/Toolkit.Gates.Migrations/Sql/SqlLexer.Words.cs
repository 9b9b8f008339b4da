namespace Toolkit.Gates.Migrations.Sql;

/// <summary>Dollar quotes, parameters, numbers, words and operators.</summary>
public sealed partial class SqlLexer
{
    private static bool IsIdentStart(char c) => char.IsLetter(c) || c == '_' || c > 127;

    private static bool IsIdentPart(char c) => IsIdentStart(c) || char.IsDigit(c) || c == '$';

    private SqlSyntaxError? Dollar()
    {
        var (start, l, col) = (pos, line, Column);
        if (char.IsDigit(Peek(1)))
        {
            // $1: a positional parameter.
            Advance();
            while (char.IsDigit(Peek()))
            {
                Advance();
            }

            Emit(TokenKind.Parameter, start, l, col, text[start..pos]);
            return null;
        }

        // $tag$ where tag is empty or an identifier without '$'.
        var end = pos + 1;
        if (end < text.Length && IsIdentStart(text[end]))
        {
            while (end < text.Length && (IsIdentStart(text[end]) || char.IsDigit(text[end])))
            {
                end++;
            }
        }

        if (end >= text.Length || text[end] != '$')
        {
            return Symbol();
        }

        var delimiter = text[pos..(end + 1)];
        var bodyStart = end + 1;
        var close = text.IndexOf(delimiter, bodyStart, StringComparison.Ordinal);
        if (close < 0)
        {
            return new SqlSyntaxError($"unterminated dollar-quoted string (no closing {delimiter})", l, col);
        }

        AdvanceTo(close + delimiter.Length);
        Emit(TokenKind.String, start, l, col, text[bodyStart..close]);
        return null;
    }

    private SqlSyntaxError? Number()
    {
        var (start, l, col) = (pos, line, Column);
        while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] == '.' || text[pos] == '_'
            || ((text[pos] is '+' or '-') && (text[pos - 1] is 'e' or 'E') && !text[start..pos].StartsWith("0x", StringComparison.OrdinalIgnoreCase))))
        {
            // Stop before '..' so ranges and casts stay separate tokens.
            if (text[pos] == '.' && Peek(1) == '.')
            {
                break;
            }

            Advance();
        }

        Emit(TokenKind.Number, start, l, col, text[start..pos]);
        return null;
    }

    private SqlSyntaxError? Word()
    {
        var (start, l, col) = (pos, line, Column);
        while (pos < text.Length && IsIdentPart(text[pos]))
        {
            Advance();
        }

        Emit(TokenKind.Word, start, l, col, text[start..pos].ToLowerInvariant());
        return null;
    }

    private SqlSyntaxError? Symbol()
    {
        var (start, l, col) = (pos, line, Column);
        if (Peek() == ':' && IsIdentStart(Peek(1)) && (tokens.Count == 0 || !tokens[^1].IsSymbol(":")))
        {
            // psql variable :name (but not the second colon of a :: cast).
            Advance();
            while (pos < text.Length && IsIdentPart(text[pos]))
            {
                Advance();
            }

            Emit(TokenKind.Parameter, start, l, col, text[start..pos]);
            return null;
        }

        var two = pos + 1 < text.Length ? text.Substring(pos, 2) : string.Empty;
        var length = two is "::" or "<=" or ">=" or "<>" or "!=" or "=>" or ":=" or "||" or "->" ? 2 : 1;
        AdvanceTo(pos + length);
        Emit(TokenKind.Symbol, start, l, col, text[start..pos]);
        return null;
    }
}
