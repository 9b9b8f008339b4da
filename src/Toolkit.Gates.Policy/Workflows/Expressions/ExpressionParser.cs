namespace Toolkit.Gates.Policy.Workflows.Expressions;

/// <summary>
/// A recursive-descent parser for GitHub's expression grammar. Precedence, loosest first: <c>||</c>, <c>&amp;&amp;</c>,
/// <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>!</c>, then property access (<c>a.b</c>), filters (<c>a.*</c>) and
/// indexes (<c>a[0]</c>) on literals, contexts, calls and parenthesised expressions.
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly string[][] Levels = [["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="]];

    private readonly List<ExpressionToken> tokens;
    private int position;
    private ExpressionError? error;

    private ExpressionParser(List<ExpressionToken> tokens) => this.tokens = tokens;

    private ExpressionToken Current => tokens[position];

    /// <summary>The syntax tree, or the first syntax error.</summary>
    public static (ExpressionNode? Root, ExpressionError? Error) Parse(string text)
    {
        var (tokens, lexError) = ExpressionLexer.Lex(text);
        if (lexError is not null)
        {
            return (null, lexError);
        }

        if (tokens.Count == 1)
        {
            return (null, new ExpressionError(0, "the expression is empty"));
        }

        var parser = new ExpressionParser(tokens);
        var root = parser.Binary(0);
        if (parser.error is null && parser.Current.Kind != ExpressionTokenKind.End)
        {
            _ = parser.Fail(parser.Current, $"unexpected '{parser.Current.Text}' after a complete expression");
        }

        return parser.error is null ? (root, null) : (null, parser.error);
    }

    private ExpressionNode Binary(int level)
    {
        if (level == Levels.Length)
        {
            return Unary();
        }

        var left = Binary(level + 1);
        while (Current.Kind == ExpressionTokenKind.Symbol && Levels[level].Contains(Current.Text))
        {
            var op = Current.Text;
            position++;
            var right = Binary(level + 1);
            left = new ExpressionNode(ExpressionKind.Binary, op, left.Offset, [left, right]);
        }

        return left;
    }

    private ExpressionNode Unary()
    {
        if (Current.Is("!"))
        {
            var start = Current.Offset;
            position++;
            return new ExpressionNode(ExpressionKind.Not, null, start, [Unary()]);
        }

        return Postfix(Primary());
    }

    private ExpressionNode Postfix(ExpressionNode node)
    {
        while (true)
        {
            if (Current.Is("."))
            {
                position++;
                if (Current.Kind != ExpressionTokenKind.Identifier && !Current.Is("*"))
                {
                    return Fail(Current, "a property name or * is expected after '.'");
                }


                node = new ExpressionNode(ExpressionKind.Property, Current.Text, Current.Offset, [node]);
                position++;
            }
            else if (Current.Is("["))
            {
                position++;
                var index = Current.Is("*") ? Star() : Binary(0);
                Expect("]", "to close the index");
                node = new ExpressionNode(ExpressionKind.Index, null, index.Offset, [node, index]);
            }
            else
            {
                return node;
            }
        }
    }

    private ExpressionNode Star()
    {
        var star = new ExpressionNode(ExpressionKind.Literal, "*", Current.Offset, []);
        position++;
        return star;
    }

    private ExpressionNode Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case ExpressionTokenKind.Number:
            case ExpressionTokenKind.String:
                position++;
                return new ExpressionNode(ExpressionKind.Literal, null, token.Offset, []);
            case ExpressionTokenKind.Identifier:
                position++;
                if (Current.Is("("))
                {
                    return Call(token);
                }

                return token.Text is "true" or "false" or "null"
                    ? new ExpressionNode(ExpressionKind.Literal, token.Text, token.Offset, [])
                    : new ExpressionNode(ExpressionKind.Context, token.Text, token.Offset, []);
            case ExpressionTokenKind.Symbol when token.Is("("):
                position++;
                var inner = Binary(0);
                Expect(")", "to close the parenthesis");
                return inner;
            case ExpressionTokenKind.End:
                return Fail(token, "the expression ends where a value is expected");
            default:
                return Fail(token, $"unexpected '{token.Text}' where a value is expected");
        }
    }

    private ExpressionNode Call(ExpressionToken name)
    {
        position++;
        var arguments = new List<ExpressionNode>();
        if (!Current.Is(")"))
        {
            arguments.Add(Binary(0));
            while (Current.Is(","))
            {
                position++;
                arguments.Add(Binary(0));
            }
        }

        Expect(")", $"to close the arguments of {name.Text}(");
        return new ExpressionNode(ExpressionKind.Call, name.Text, name.Offset, arguments);
    }

    private void Expect(string symbol, string purpose)
    {
        if (!Current.Is(symbol))
        {
            _ = Fail(Current, Current.Kind == ExpressionTokenKind.End
                ? $"the expression ends where '{symbol}' is expected {purpose}"
                : $"'{symbol}' is expected {purpose}, found '{Current.Text}'");
            return;
        }

        position++;
    }

    /// <summary>Records the first error and skips to the end, so every caller unwinds without more errors.</summary>
    private ExpressionNode Fail(ExpressionToken at, string message)
    {
        error ??= new ExpressionError(at.Offset, message);
        position = tokens.Count - 1;
        return new ExpressionNode(ExpressionKind.Literal, null, at.Offset, []);
    }
}
