namespace Toolkit.Gates.Policy.Suppressions;

/// <summary>One <c># gate: ignore[...]</c> or <c># zizmor: ignore[...]</c> comment.</summary>
/// <param name="Line">1-based line of the comment.</param>
/// <param name="Column">1-based column of its <c>#</c>.</param>
/// <param name="Target">The other line it covers: the next instruction or key when the comment stands on its own line; else 0.</param>
/// <param name="Rules">The rule ids (ours) or audit names (zizmor) in the brackets.</param>
/// <param name="Reason">The text after the brackets; empty when none was given.</param>
/// <param name="Ours">True for <c>gate:</c>, false for <c>zizmor:</c>.</param>
internal sealed record InlineIgnore(int Line, int Column, int Target, IReadOnlyList<string> Rules, string Reason, bool Ours)
{
    public bool Covers(int line) => line == Line || line == Target;
}
