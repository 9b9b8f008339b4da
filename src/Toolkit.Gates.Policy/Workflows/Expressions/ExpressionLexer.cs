namespace Toolkit.Gates.Policy.Workflows.Expressions;

/// <summary>
/// Splits an expression into tokens following GitHub's "Expressions" reference: single-quoted strings (<c>''</c> escapes a
/// quote), JSON-style numbers plus hexadecimal, identifiers with dashes, and the operators the language has (no
/// arithmetic). A property name after a dot may start with a digit or contain dashes (<c>steps.build-1.outputs</c>).
/// </summary>
internal static class ExpressionLexer
{
    private static readonly string[] TwoCharacter = ["==", "!=", "<=", ">=", "&&", "||"];

    public static (List<ExpressionToken> Tokens, ExpressionError? Error) Lex(string text)
    {
        var tokens = new List<ExpressionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            var afterDot = tokens.Count > 0 && tokens[^1].Is(".");
            if (IsIdentifierStart(c) || (afterDot && IsIdentifierPart(c)))
            {
                while (i < text.Length && IsIdentifierPart(text[i]))
                {
                    i++;
                }

                tokens.Add(new(ExpressionTokenKind.Identifier, text[start..i], start));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '.')))
            {
                if (Number(text, ref i) is { } error)
                {
                    return (tokens, error);
                }

                tokens.Add(new(ExpressionTokenKind.Number, text[start..i], start));
            }
            else if (c == '\'')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return (tokens, new ExpressionError(start, "a string literal is not closed with '"));
                    }

                    if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        i += 2;
                    }
                    else if (text[i++] == '\'')
                    {
                        break;
                    }
                }

                tokens.Add(new(ExpressionTokenKind.String, text[start..i], start));
            }
            else if (i + 1 < text.Length && TwoCharacter.Contains(text.Substring(i, 2)))
            {
                tokens.Add(new(ExpressionTokenKind.Symbol, text.Substring(i, 2), start));
                i += 2;
            }
            else if ("()[].,*!<>".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new(ExpressionTokenKind.Symbol, c.ToString(), start));
                i++;
            }
            else
            {
                var hint = c == '"' ? " (strings are delimited by single quotes)" : c is '+' or '-' or '/' or '%' or '=' or '&' or '|' ? " (expressions have no arithmetic or assignment)" : string.Empty;
                return (tokens, new ExpressionError(start, $"unexpected character '{c}'{hint}"));
            }
        }

        tokens.Add(new(ExpressionTokenKind.End, string.Empty, text.Length));
        return (tokens, null);
    }

    private static ExpressionError? Number(string text, ref int i)
    {
        var start = i;
        if (text[i] == '-')
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '0' && text[i + 1] is 'x' or 'X')
        {
            i += 2;
            var digits = i;
            while (i < text.Length && char.IsAsciiHexDigit(text[i]))
            {
                i++;
            }

            return i == digits ? new ExpressionError(start, "a hexadecimal number needs digits after 0x") : Trailing(text, i, start);
        }

        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var digits = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == digits)
            {
                return new ExpressionError(start, "a number's exponent needs digits");
            }
        }

        return Trailing(text, i, start);
    }

    private static ExpressionError? Trailing(string text, int i, int start) =>
        i < text.Length && IsIdentifierPart(text[i]) ? new ExpressionError(start, $"invalid number '{text[start..(i + 1)]}'") : null;

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
