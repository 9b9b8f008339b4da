using System.Text;

namespace Toolkit.Gates.Policy.Alerts.PromQl;

internal sealed partial class PromParser
{
    private PromVectorSelector Selector(int offset, string? name)
    {
        var matchers = new List<PromMatcher>();
        if (Current.Kind == PromTokenKind.LeftBrace)
        {
            var open = Advance();
            while (Current.Kind != PromTokenKind.RightBrace)
            {
                var label = Current.Kind is PromTokenKind.Identifier or PromTokenKind.String ? Advance() : throw Unexpected(Current);
                var labelName = label.Kind == PromTokenKind.String ? Unquote(label.Text) : label.Text;
                if (label.Kind == PromTokenKind.String && Current.Kind is PromTokenKind.Comma or PromTokenKind.RightBrace)
                {
                    // Prometheus 3: {"metric.name"} names the metric with a quoted UTF-8 name.
                    name = name is null ? labelName : throw new PromParseException(label.Offset, "metric name must not be set twice");
                }
                else
                {
                    var op = Current.Kind == PromTokenKind.Operator && Current.Text is "=" or "!=" or "=~" or "!~"
                        ? Advance()
                        : throw new PromParseException(Current.Offset, $"unexpected {Describe(Current)} in label matching, expected label matching operator");
                    var value = Expect(PromTokenKind.String, "string");
                    matchers.Add(Matcher(labelName, op.Text, Unquote(value.Text), value.Offset));
                }

                if (Current.Kind == PromTokenKind.Comma)
                {
                    Advance();
                }
                else if (Current.Kind != PromTokenKind.RightBrace)
                {
                    throw Current.Kind == PromTokenKind.End ? new PromParseException(open.Offset, "unexpected end of input inside braces") : Unexpected(Current);
                }
            }

            Advance();
        }

        if (name is not null && matchers.Any(m => m.Label == "__name__"))
        {
            throw new PromParseException(offset, "metric name must not be set twice");
        }

        if (name is null && matchers.All(MatchesEmpty))
        {
            throw new PromParseException(offset, "vector selector must contain at least one non-empty matcher");
        }

        return new PromVectorSelector(offset, name, matchers);
    }

    private static PromMatcher Matcher(string label, string op, string value, int offset)
    {
        if (op is "=~" or "!~")
        {
            try
            {
                _ = new Regex(value, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                throw new PromParseException(offset, $"invalid regular expression in label matcher: {ex.Message}");
            }
        }

        return new PromMatcher(label, op, value);
    }

    private static bool MatchesEmpty(PromMatcher matcher) => matcher.Operator switch
    {
        "=" => matcher.Value.Length == 0,
        "!=" => matcher.Value.Length != 0,
        "=~" => Regex.IsMatch("", $"^(?:{matcher.Value})$", RegexOptions.None, TimeSpan.FromSeconds(1)),
        _ => !Regex.IsMatch("", $"^(?:{matcher.Value})$", RegexOptions.None, TimeSpan.FromSeconds(1)),
    };

    /// <summary>A label list <c>(a, b)</c>; a trailing comma and an empty list are allowed.</summary>
    private List<string> Labels()
    {
        var open = Expect(PromTokenKind.LeftParen, "\"(\"");
        var labels = new List<string>();
        while (Current.Kind != PromTokenKind.RightParen)
        {
            var label = Current.Kind switch
            {
                PromTokenKind.Identifier => Advance().Text,
                PromTokenKind.String => Unquote(Advance().Text),
                PromTokenKind.End => throw new PromParseException(open.Offset, "unclosed left parenthesis"),
                _ => throw new PromParseException(Current.Offset, $"unexpected {Describe(Current)} in grouping opts, expected label"),
            };
            labels.Add(label);
            if (Current.Kind == PromTokenKind.Comma)
            {
                Advance();
            }
            else if (Current.Kind != PromTokenKind.RightParen)
            {
                throw Current.Kind == PromTokenKind.End ? new PromParseException(open.Offset, "unclosed left parenthesis")
                    : new PromParseException(Current.Offset, $"unexpected {Describe(Current)} in grouping opts, expected \")\" or \",\"");
            }
        }

        Advance();
        return labels;
    }

    private static string Unquote(string quoted)
    {
        if (quoted[0] == '`')
        {
            return quoted[1..^1];
        }

        var builder = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c == '\\' && i + 1 < quoted.Length - 1)
            {
                c = quoted[++i] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'a' => '\a',
                    'b' => '\b',
                    'f' => '\f',
                    'v' => '\v',
                    var other => other,
                };
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
