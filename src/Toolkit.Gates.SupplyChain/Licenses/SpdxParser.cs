using System.Text.RegularExpressions;

namespace Toolkit.Gates.SupplyChain.Licenses;

/// <summary>Recursive-descent parser for SPDX license expressions; operators are matched case-insensitively.</summary>
internal sealed partial class SpdxParser
{
    private readonly List<string> tokens;
    private int position;

    private SpdxParser(List<string> tokens) => this.tokens = tokens;

    public static SpdxExpression? TryParse(string text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the expression is empty";
            return null;
        }

        var tokens = Tokenize(text);
        if (tokens is null)
        {
            error = $"'{text}' contains characters that are not allowed in an SPDX expression";
            return null;
        }

        var parser = new SpdxParser(tokens);
        var expression = parser.Or(ref error);
        if (expression is not null && parser.position < tokens.Count)
        {
            error = $"unexpected '{tokens[parser.position]}' in '{text}'";
            return null;
        }

        return error is null ? expression : null;
    }

    private SpdxExpression? Or(ref string? error)
    {
        var left = And(ref error);
        while (left is not null && Accept("OR"))
        {
            var right = And(ref error);
            left = right is null ? null : new SpdxOr(left, right);
        }

        return left;
    }

    private SpdxExpression? And(ref string? error)
    {
        var left = Primary(ref error);
        while (left is not null && Accept("AND"))
        {
            var right = Primary(ref error);
            left = right is null ? null : new SpdxAnd(left, right);
        }

        return left;
    }

    private SpdxExpression? Primary(ref string? error)
    {
        if (position >= tokens.Count)
        {
            error ??= "the expression ends where a license was expected";
            return null;
        }

        if (Accept("("))
        {
            var inner = Or(ref error);
            if (inner is not null && !Accept(")"))
            {
                error ??= "a '(' is not closed";
                return null;
            }

            return inner;
        }

        var token = tokens[position];
        if (token is "(" or ")" || IsOperator(token))
        {
            error ??= $"'{token}' where a license id was expected";
            return null;
        }

        position++;
        var orLater = token.EndsWith('+');
        var id = orLater ? token[..^1] : token;
        string? exception = null;
        if (Accept("WITH"))
        {
            if (position >= tokens.Count || IsOperator(tokens[position]) || tokens[position] is "(" or ")")
            {
                error ??= $"'WITH' after '{token}' must be followed by an exception id";
                return null;
            }

            exception = tokens[position++];
        }

        return new SpdxLicense(id, orLater, exception);
    }

    private bool Accept(string token)
    {
        if (position < tokens.Count && string.Equals(tokens[position], token, StringComparison.OrdinalIgnoreCase))
        {
            position++;
            return true;
        }

        return false;
    }

    private static bool IsOperator(string token) =>
        token.Equals("AND", StringComparison.OrdinalIgnoreCase) || token.Equals("OR", StringComparison.OrdinalIgnoreCase) || token.Equals("WITH", StringComparison.OrdinalIgnoreCase);

    private static List<string>? Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            if (match.Groups["bad"].Success)
            {
                return null;
            }

            tokens.Add(match.Value);
        }

        return tokens;
    }

    [GeneratedRegex(@"\(|\)|[A-Za-z0-9.\-:]+\+?|(?<bad>[^\s()])")]
    private static partial Regex TokenPattern();
}
