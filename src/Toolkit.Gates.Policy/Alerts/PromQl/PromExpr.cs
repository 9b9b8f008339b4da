namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A node of a parsed PromQL expression; <see cref="Offset"/> is where it starts in the expression text.</summary>
internal abstract record PromExpr(int Offset)
{
    public abstract PromValueType Type { get; }

    /// <summary>Direct children, for walks.</summary>
    public abstract IEnumerable<PromExpr> Children { get; }

    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<PromExpr> Descendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.Descendants())
            {
                yield return node;
            }
        }
    }
}
