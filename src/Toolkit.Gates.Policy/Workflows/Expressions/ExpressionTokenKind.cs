namespace Toolkit.Gates.Policy.Workflows.Expressions;

/// <summary>The kinds of token in GitHub's expression grammar.</summary>
internal enum ExpressionTokenKind
{
    Identifier,
    Number,
    String,

    /// <summary>Punctuation and operators: ( ) [ ] . , * ! == != &lt; &lt;= &gt; &gt;= &amp;&amp; ||.</summary>
    Symbol,
    End,
}
