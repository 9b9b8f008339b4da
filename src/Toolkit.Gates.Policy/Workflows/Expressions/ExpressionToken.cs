namespace Toolkit.Gates.Policy.Workflows.Expressions;

/// <summary>One token of an expression and where it starts (0-based).</summary>
internal readonly record struct ExpressionToken(ExpressionTokenKind Kind, string Text, int Offset)
{
    public bool Is(string symbol) => Kind == ExpressionTokenKind.Symbol && Text == symbol;
}
