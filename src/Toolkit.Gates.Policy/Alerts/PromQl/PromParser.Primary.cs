namespace Toolkit.Gates.Policy.Alerts.PromQl;

internal sealed partial class PromParser
{
    private PromExpr Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case PromTokenKind.Number:
                Advance();
                return new PromLiteral(token.Offset, token.Text, IsString: false);
            case PromTokenKind.String:
                Advance();
                return new PromLiteral(token.Offset, Unquote(token.Text), IsString: true);
            case PromTokenKind.LeftParen:
                Advance();
                var inner = Expression();
                if (Current.Kind != PromTokenKind.RightParen)
                {
                    throw Current.Kind == PromTokenKind.End ? new PromParseException(token.Offset, "unclosed left parenthesis") : Unexpected(Current);
                }

                Advance();
                return new PromParen(token.Offset, inner);
            case PromTokenKind.LeftBrace:
                return Selector(token.Offset, null);
            case PromTokenKind.Identifier:
                return Named(token);
            default:
                throw Unexpected(token);
        }
    }

    private PromExpr Named(PromToken token)
    {
        var lower = token.Text.ToLowerInvariant();
        if (lower is "inf" or "nan")
        {
            Advance();
            return new PromLiteral(token.Offset, token.Text, IsString: false);
        }

        var next = tokens[position + 1];
        if (PromFunctions.Aggregations.Contains(token.Text) && (next.Kind == PromTokenKind.LeftParen || next.IsWord("by") || next.IsWord("without")))
        {
            return Aggregation();
        }

        if (next.Kind == PromTokenKind.LeftParen)
        {
            return Call();
        }

        if (IsKeyword(token.Text))
        {
            throw Unexpected(token);
        }

        Advance();
        return Selector(token.Offset, token.Text);
    }

    private PromAggregation Aggregation()
    {
        var op = Advance();
        IReadOnlyList<string> grouping = [];
        var without = false;
        var grouped = false;
        if (Current.IsWord("by") || Current.IsWord("without"))
        {
            without = Advance().IsWord("without");
            grouping = Labels();
            grouped = true;
        }

        var open = Expect(PromTokenKind.LeftParen, "\"(\"");
        PromExpr? param = null;
        if (PromFunctions.WithParameter.Contains(op.Text))
        {
            param = Expression();
            Expect(PromTokenKind.Comma, "\",\"");
        }

        if (Current.Kind == PromTokenKind.RightParen)
        {
            throw new PromParseException(Current.Offset, $"no arguments for aggregate expression provided");
        }

        var expr = Expression();
        if (Current.Kind == PromTokenKind.Comma)
        {
            throw new PromParseException(Current.Offset, param is null ? "unexpected \",\" in aggregation" : "unexpected parameter in aggregation");
        }

        if (Current.Kind != PromTokenKind.RightParen)
        {
            throw Current.Kind == PromTokenKind.End ? new PromParseException(open.Offset, "unclosed left parenthesis") : Unexpected(Current);
        }

        Advance();
        if (!grouped && (Current.IsWord("by") || Current.IsWord("without")))
        {
            without = Advance().IsWord("without");
            grouping = Labels();
        }

        if (expr.Type != PromValueType.InstantVector)
        {
            throw new PromParseException(expr.Offset, $"expected type instant vector in aggregation expression, got {Name(expr.Type)}");
        }

        if (param is not null && op.Text.ToLowerInvariant() is var lower && (lower == "count_values" ? param.Type != PromValueType.String : param.Type != PromValueType.Scalar))
        {
            throw new PromParseException(param.Offset, $"expected type {(lower == "count_values" ? "string" : "scalar")} in aggregation parameter, got {Name(param.Type)}");
        }

        return new PromAggregation(op.Offset, op.Text.ToLowerInvariant(), grouping, without, param, expr);
    }

    private PromCall Call()
    {
        var name = Advance();
        var function = PromFunctions.Find(name.Text) ?? throw new PromParseException(name.Offset, $"unknown function with name \"{name.Text}\"");
        var open = Advance();
        var args = new List<PromExpr>();
        while (Current.Kind != PromTokenKind.RightParen)
        {
            if (Current.Kind == PromTokenKind.End)
            {
                throw new PromParseException(open.Offset, "unclosed left parenthesis");
            }

            args.Add(Expression());
            if (Current.Kind == PromTokenKind.Comma)
            {
                Advance();
            }
            else if (Current.Kind != PromTokenKind.RightParen)
            {
                throw Current.Kind == PromTokenKind.End ? new PromParseException(open.Offset, "unclosed left parenthesis") : Unexpected(Current);
            }
        }

        Advance();
        CheckArguments(function, name, args);
        return new PromCall(name.Offset, function.Name, args, function.Returns);
    }

    private static void CheckArguments(PromFunction function, PromToken name, List<PromExpr> args)
    {
        if (args.Count < function.Min || (function.Max is { } max && args.Count > max))
        {
            var expected = function.Max == function.Min ? $"{function.Min}" : function.Max is null ? $"at least {function.Min}" : $"{function.Min} to {function.Max}";
            throw new PromParseException(name.Offset, $"expected {expected} argument(s) in call to \"{function.Name}\", got {args.Count}");
        }

        for (var i = 0; i < args.Count; i++)
        {
            var expected = function.Args[Math.Min(i, function.Args.Count - 1)];
            if (args[i].Type != expected)
            {
                throw new PromParseException(args[i].Offset, $"expected type {Name(expected)} in call to function \"{function.Name}\", got {Name(args[i].Type)}");
            }
        }
    }

    private static string Name(PromValueType type) => type switch
    {
        PromValueType.InstantVector => "instant vector",
        PromValueType.RangeVector => "range vector",
        PromValueType.Scalar => "scalar",
        _ => "string",
    };
}
