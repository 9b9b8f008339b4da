namespace Toolkit.Gates.Policy.Workflows.Expressions;

/// <summary>A syntax error in an expression, at a 0-based offset of its text.</summary>
internal sealed record ExpressionError(int Offset, string Message);
