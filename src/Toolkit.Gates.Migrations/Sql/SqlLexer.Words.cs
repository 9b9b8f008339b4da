namespace Toolkit.Gates.Migrations.Sql;

/// <summary>Dollar quotes, parameters, numbers, words and operators.</summary>
internal sealed partial class SqlLexer
{
    /// <summary>One shared string per ASCII character, so a one-character symbol token allocates no text.</summary>
    private static readonly string[] SingleCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static bool IsTwoCharacterOperator(char first, char second) => (first, second) is
        (':', ':') or ('<', '=') or ('>', '=') or ('<', '>') or ('!', '=') or ('=', '>') or (':', '=') or ('|', '|') or ('-', '>');

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

        // Keywords come back as the set's own lower-case string: most words of a migration allocate only their text.
        var written = text.AsSpan(start, pos - start);
        var value = SqlKeywords.Lookup.TryGetValue(written, out var keyword) ? keyword : null;
        var source = value is not null && written.SequenceEqual(value) ? value : written.ToString();
        tokens.Add(new SqlToken(TokenKind.Word, source, value ?? source.ToLowerInvariant(), start, l, col));
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

        var length = pos + 1 < text.Length && IsTwoCharacterOperator(text[pos], text[pos + 1]) ? 2 : 1;
        AdvanceTo(pos + length);
        var symbol = length == 1 && text[start] < SingleCharacters.Length ? SingleCharacters[text[start]] : text[start..pos];
        tokens.Add(new SqlToken(TokenKind.Symbol, symbol, symbol, start, l, col));
        return null;
    }
}
