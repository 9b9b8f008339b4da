namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>The parsed expression, or the first syntax error.</summary>
internal sealed record PromParseResult(PromExpr? Expr, PromSyntaxError? Error);
