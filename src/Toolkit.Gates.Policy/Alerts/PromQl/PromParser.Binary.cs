namespace Toolkit.Gates.Policy.Alerts.PromQl;

internal sealed partial class PromParser
{
    private const int PowerPrecedence = 6;

    private static int Precedence(PromToken token) => token.Kind switch
    {
        PromTokenKind.Identifier => token.Text.ToLowerInvariant() switch
        {
            "or" => 1,
            "and" or "unless" => 2,
            "atan2" => 5,
            _ => 0,
        },
        PromTokenKind.Operator => token.Text switch
        {
            "==" or "!=" or ">" or "<" or ">=" or "<=" => 3,
            "+" or "-" => 4,
            "*" or "/" or "%" => 5,
            "^" => PowerPrecedence,
            _ => 0,
        },
        _ => 0,
    };

    private PromExpr Binary(int minimum)
    {
        var left = Unary();
        while (Precedence(Current) is var precedence && precedence >= minimum && precedence > 0)
        {
            var op = Advance();
            var name = op.Text.ToLowerInvariant();
            var comparison = precedence == 3;
            var set = name is "and" or "or" or "unless";
            var returnBool = false;
            if (Current.IsWord("bool"))
            {
                if (!comparison)
                {
                    throw new PromParseException(Current.Offset, "bool modifier can only be used on comparison operators");
                }

                Advance();
                returnBool = true;
            }

            var (matching, group) = Matching(set);
            var right = precedence == PowerPrecedence ? Binary(PowerPrecedence) : Binary(precedence + 1);
            left = Check(new PromBinary(left.Offset, name, left, right, returnBool, matching, group), op);
        }

        return left;
    }

    private (string? Matching, string? Group) Matching(bool set)
    {
        if (!Current.IsWord("on") && !Current.IsWord("ignoring"))
        {
            return (null, null);
        }

        var matching = Advance().Text.ToLowerInvariant();
        Labels();
        if (!Current.IsWord("group_left") && !Current.IsWord("group_right"))
        {
            return (matching, null);
        }

        var group = Advance();
        if (set)
        {
            throw new PromParseException(group.Offset, $"no grouping allowed for \"{group.Text}\" operation");
        }

        if (Current.Kind == PromTokenKind.LeftParen)
        {
            Labels();
        }

        return (matching, group.Text.ToLowerInvariant());
    }

    private static PromBinary Check(PromBinary binary, PromToken op)
    {
        if (binary.Left.Type is PromValueType.RangeVector or PromValueType.String || binary.Right.Type is PromValueType.RangeVector or PromValueType.String)
        {
            throw new PromParseException(op.Offset, "binary expression must contain only scalar and instant vector types");
        }

        var scalars = binary.Left.Type == PromValueType.Scalar && binary.Right.Type == PromValueType.Scalar;
        if (binary.Operator is "and" or "or" or "unless" && (binary.Left.Type == PromValueType.Scalar || binary.Right.Type == PromValueType.Scalar))
        {
            throw new PromParseException(op.Offset, $"set operator \"{binary.Operator}\" not allowed in binary scalar expression");
        }

        if (Precedence(op) == 3 && scalars && !binary.ReturnBool)
        {
            throw new PromParseException(op.Offset, "comparisons between scalars must use BOOL modifier");
        }

        if ((binary.Matching is not null || binary.Group is not null) && (binary.Left.Type == PromValueType.Scalar || binary.Right.Type == PromValueType.Scalar))
        {
            throw new PromParseException(op.Offset, "vector matching only allowed between instant vectors");
        }

        return binary;
    }

    private PromExpr Unary()
    {
        if (Current.Kind == PromTokenKind.Operator && Current.Text is "+" or "-")
        {
            var op = Advance();
            var operand = Binary(PowerPrecedence);
            if (operand.Type is not (PromValueType.Scalar or PromValueType.InstantVector))
            {
                throw new PromParseException(op.Offset, "unary expression only allowed on expressions of type scalar or instant vector");
            }

            return new PromUnary(op.Offset, op.Text, operand);
        }

        return Postfix(Primary());
    }
}
