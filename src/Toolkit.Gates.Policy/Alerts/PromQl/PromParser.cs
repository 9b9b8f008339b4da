namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>
/// Recursive-descent PromQL parser following the Prometheus grammar (generated_parser.y): literals, selectors with
/// matchers, ranges, offset/@ modifiers, subqueries, binary operators by precedence with bool/on/ignoring/group_*,
/// unary minus, aggregations and the known functions, with Prometheus's type checks. Errors carry the offset.
/// </summary>
internal sealed partial class PromParser
{
    private readonly List<PromToken> tokens;
    private int position;

    private PromParser(string text) => tokens = PromLexer.Tokenize(text);

    private PromToken Current => tokens[position];

    public static PromParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new PromParser(text);
        try
        {
            if (parser.Current.Kind == PromTokenKind.End)
            {
                return new PromParseResult(null, new PromSyntaxError(0, "no expression found in input"));
            }

            var expr = parser.Expression();
            if (parser.Current.Kind != PromTokenKind.End)
            {
                throw Unexpected(parser.Current);
            }

            return new PromParseResult(expr, null);
        }
        catch (PromParseException ex)
        {
            return new PromParseResult(null, new PromSyntaxError(ex.Offset, ex.Message));
        }
    }

    private PromExpr Expression() => Binary(1);

    private PromToken Advance()
    {
        var token = Current;
        if (token.Kind == PromTokenKind.Error)
        {
            throw new PromParseException(token.Offset, token.Text);
        }

        if (token.Kind != PromTokenKind.End)
        {
            position++;
        }

        return token;
    }

    private PromToken Expect(PromTokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Current.Kind == PromTokenKind.Error
                ? new PromParseException(Current.Offset, Current.Text)
                : new PromParseException(Current.Offset, $"unexpected {Describe(Current)}, expected {what}");
        }

        return Advance();
    }

    private static PromParseException Unexpected(PromToken token) =>
        token.Kind == PromTokenKind.Error ? new PromParseException(token.Offset, token.Text) : new PromParseException(token.Offset, $"unexpected {Describe(token)}");

    private static string Describe(PromToken token) => token.Kind switch
    {
        PromTokenKind.End => "end of input",
        PromTokenKind.Identifier => $"identifier \"{token.Text}\"",
        PromTokenKind.Number => $"number \"{token.Text}\"",
        PromTokenKind.Duration => $"duration \"{token.Text}\"",
        PromTokenKind.String => $"string {token.Text}",
        _ => $"\"{token.Text}\"",
    };

    private static bool IsKeyword(string word) => word.ToLowerInvariant() is "by" or "without" or "on" or "ignoring" or "group_left"
        or "group_right" or "bool" or "offset" or "and" or "or" or "unless" or "atan2";
}
