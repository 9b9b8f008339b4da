namespace Toolkit.Gates.Policy.Alerts.PromQl;

internal sealed partial class PromParser
{
    /// <summary>Ranges, subqueries and offset/@ modifiers after a primary expression.</summary>
    private PromExpr Postfix(PromExpr expr)
    {
        var modified = false;
        while (true)
        {
            if (Current.Kind == PromTokenKind.LeftBracket)
            {
                expr = RangeOrSubquery(expr, modified);
                modified = false;
            }
            else if (Current.IsWord("offset"))
            {
                var keyword = Advance();
                CheckModifiable(expr, keyword, "offset");
                if (Current.Kind == PromTokenKind.Operator && Current.Text is "-" or "+")
                {
                    Advance();
                }

                Duration();
                modified = true;
            }
            else if (Current.Kind == PromTokenKind.At)
            {
                var at = Advance();
                CheckModifiable(expr, at, "@");
                if (Current.Kind == PromTokenKind.Operator && Current.Text is "-" or "+")
                {
                    Advance();
                }

                if (Current.IsWord("start") || Current.IsWord("end"))
                {
                    Advance();
                    Expect(PromTokenKind.LeftParen, "\"(\"");
                    Expect(PromTokenKind.RightParen, "\")\"");
                }
                else if (Current.Kind is PromTokenKind.Number or PromTokenKind.Duration)
                {
                    Advance();
                }
                else
                {
                    throw new PromParseException(Current.Offset, $"unexpected {Describe(Current)} in @, expected timestamp");
                }

                modified = true;
            }
            else
            {
                return expr;
            }
        }
    }

    private PromExpr RangeOrSubquery(PromExpr expr, bool modified)
    {
        var open = Advance();
        var range = Duration();
        if (Current.Kind == PromTokenKind.Colon)
        {
            Advance();
            TimeSpan? step = Current.Kind == PromTokenKind.Duration ? Duration() : null;
            Expect(PromTokenKind.RightBracket, "\"]\"");
            if (expr.Type != PromValueType.InstantVector)
            {
                throw new PromParseException(open.Offset, $"subquery is only allowed on instant vector, got {Name(expr.Type)} instead");
            }

            return new PromSubquery(expr.Offset, expr, range, step);
        }

        Expect(PromTokenKind.RightBracket, "\"]\" or \":\"");
        if (expr is not PromVectorSelector vector || modified)
        {
            throw new PromParseException(open.Offset, "ranges only allowed for vector selectors");
        }

        return new PromMatrixSelector(expr.Offset, vector, range);
    }

    private static void CheckModifiable(PromExpr expr, PromToken token, string modifier)
    {
        if (expr is not (PromVectorSelector or PromMatrixSelector or PromSubquery))
        {
            throw new PromParseException(token.Offset, $"{modifier} modifier must be preceded by an instant vector selector or range vector selector or a subquery");
        }
    }

    private TimeSpan Duration()
    {
        var token = Current;
        if (token.Kind != PromTokenKind.Duration || PromDuration.Parse(token.Text) is not { } duration)
        {
            throw token.Kind == PromTokenKind.Error ? new PromParseException(token.Offset, token.Text)
                : new PromParseException(token.Offset, $"unexpected {Describe(token)}, expected duration");
        }

        Advance();
        return duration;
    }
}
