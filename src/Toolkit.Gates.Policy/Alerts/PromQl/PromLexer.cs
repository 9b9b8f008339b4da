namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>
/// Splits a PromQL expression into tokens following the Prometheus lexer: identifiers (metric names may hold ':'),
/// numbers (decimal, hex, exponent, Inf, NaN), durations (<c>1h30m</c>, <c>500ms</c>), three kinds of string
/// and the operators. Comments (<c>#</c> to end of line) and whitespace are skipped.
/// </summary>
internal static class PromLexer
{
    private static readonly string[] Operators = ["==", "!=", ">=", "<=", "=~", "!~", "+", "-", "*", "/", "%", "^", ">", "<", "="];

    public static List<PromToken> Tokenize(string text)
    {
        var tokens = new List<PromToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '#'))
            {
                if (text[i] == '#')
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }
                }
                else
                {
                    i++;
                }
            }

            if (i >= text.Length)
            {
                tokens.Add(new PromToken(PromTokenKind.End, "", text.Length));
                return tokens;
            }

            var token = Next(text, i);
            tokens.Add(token);
            if (token.Kind == PromTokenKind.Error)
            {
                tokens.Add(new PromToken(PromTokenKind.End, "", text.Length));
                return tokens;
            }

            i = token.Offset + token.Text.Length;
        }
    }

    private static PromToken Next(string text, int i)
    {
        var c = text[i];
        switch (c)
        {
            case '(': return new(PromTokenKind.LeftParen, "(", i);
            case ')': return new(PromTokenKind.RightParen, ")", i);
            case '{': return new(PromTokenKind.LeftBrace, "{", i);
            case '}': return new(PromTokenKind.RightBrace, "}", i);
            case '[': return new(PromTokenKind.LeftBracket, "[", i);
            case ']': return new(PromTokenKind.RightBracket, "]", i);
            case ',': return new(PromTokenKind.Comma, ",", i);
            case ':': return new(PromTokenKind.Colon, ":", i);
            case '@': return new(PromTokenKind.At, "@", i);
            case '"' or '\'' or '`': return String(text, i);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
        {
            return Number(text, i);
        }

        if (char.IsAsciiLetter(c) || c == '_' || c == ':')
        {
            var end = i + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or ':'))
            {
                end++;
            }

            return new(PromTokenKind.Identifier, text[i..end], i);
        }

        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(text, i, op, 0, op.Length) == 0)
            {
                return new(PromTokenKind.Operator, op, i);
            }
        }

        return new(PromTokenKind.Error, $"unexpected character '{c}'", i);
    }

    private static PromToken String(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && quote != '`')
            {
                i++;
            }
            else if (text[i] == '\n' && quote != '`')
            {
                break;
            }

            i++;
        }

        return i >= text.Length || text[i] != quote
            ? new(PromTokenKind.Error, "unterminated quoted string", start)
            : new(PromTokenKind.String, text[start..(i + 1)], start);
    }

    private static PromToken Number(string text, int start)
    {
        var i = start;
        if (text[i] == '0' && i + 1 < text.Length && text[i + 1] is 'x' or 'X')
        {
            i += 2;
            while (i < text.Length && char.IsAsciiHexDigit(text[i]))
            {
                i++;
            }

            return new(PromTokenKind.Number, text[start..i], start);
        }

        var duration = DurationEnd(text, i);
        if (duration > i)
        {
            return new(PromTokenKind.Duration, text[start..duration], start);
        }

        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < text.Length && text[j] is '+' or '-')
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                i = j;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
        }

        return i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_')
            ? new(PromTokenKind.Error, $"bad number or duration syntax \"{text[start..(i + 1)]}\"", start)
            : new(PromTokenKind.Number, text[start..i], start);
    }

    /// <summary>End of a duration (one or more digits+unit pairs) starting at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private static int DurationEnd(string text, int i)
    {
        var end = i;
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            var unit = j < text.Length && text[j] == 'm' && j + 1 < text.Length && text[j + 1] == 's' ? 2
                : j < text.Length && text[j] is 's' or 'm' or 'h' or 'd' or 'w' or 'y' ? 1 : 0;
            if (unit == 0 || (j + unit < text.Length && (char.IsAsciiLetter(text[j + unit]) || text[j + unit] == '_')))
            {
                return end;
            }

            j += unit;
            end = j;
        }

        return end;
    }
}
