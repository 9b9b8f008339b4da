namespace Toolkit.Gates.Policy.Workflows;

/// <summary>The text of one expression and the character index in the file where that text starts.</summary>
/// <param name="Closed">False when <c>${{</c> has no <c>}}</c>.</param>
internal sealed record EmbeddedExpression(string Body, int Index, bool Closed);
