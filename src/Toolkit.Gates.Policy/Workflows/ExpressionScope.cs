namespace Toolkit.Gates.Policy.Workflows;

/// <summary>
/// What an expression at one place may refer to: the step ids defined before it and the jobs its job needs. Null means
/// the reference is not checked there.
/// </summary>
internal sealed record ExpressionScope(IReadOnlySet<string>? StepIds, IReadOnlySet<string>? Needs)
{
    public static ExpressionScope Unchecked { get; } = new(null, null);
}
