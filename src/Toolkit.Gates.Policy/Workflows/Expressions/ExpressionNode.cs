namespace Toolkit.Gates.Policy.Workflows.Expressions;

/// <summary>A node of a parsed <c>${{ }}</c> expression.</summary>
/// <param name="Kind">What the node is.</param>
/// <param name="Name">The context, property, function or operator name; null for literals, indexes and negation.</param>
/// <param name="Offset">Where the node starts in the expression text (0-based).</param>
/// <param name="Children">Receiver first for properties and indexes; arguments for calls; operands otherwise.</param>
internal sealed record ExpressionNode(ExpressionKind Kind, string? Name, int Offset, IReadOnlyList<ExpressionNode> Children)
{
    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<ExpressionNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.DescendantsAndSelf())
            {
                yield return node;
            }
        }
    }
}
