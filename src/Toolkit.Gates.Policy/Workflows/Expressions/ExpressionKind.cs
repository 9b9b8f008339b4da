namespace Toolkit.Gates.Policy.Workflows.Expressions;

/// <summary>What an <see cref="ExpressionNode"/> is.</summary>
internal enum ExpressionKind
{
    /// <summary>null, true, false, a number or a string.</summary>
    Literal,

    /// <summary>A context name at the root of a property chain (<c>github</c>, <c>steps</c> ...).</summary>
    Context,

    /// <summary><c>receiver.name</c>, or <c>receiver.*</c> (a filter) when the name is <c>*</c>.</summary>
    Property,

    /// <summary><c>receiver[index]</c>.</summary>
    Index,

    /// <summary><c>name(arguments)</c>.</summary>
    Call,

    /// <summary><c>!operand</c>.</summary>
    Not,

    /// <summary>A binary operator (<c>==</c>, <c>&amp;&amp;</c> ...); the operator is the name.</summary>
    Binary,
}
