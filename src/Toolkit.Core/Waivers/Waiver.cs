using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Waivers;

/// <summary>
/// A time-boxed exception from <c>.github/gates.yml</c>: findings of <paramref name="Rule"/> under
/// <paramref name="Path"/> in <paramref name="Gate"/> are reported as waived until <paramref name="Expires"/> (inclusive).
/// </summary>
/// <param name="Gate">The gate it applies to (required-check name).</param>
/// <param name="Rule">Rule id or advisory id; <c>*</c> and <c>?</c> wildcards allowed.</param>
/// <param name="Path">Repository path glob (<c>**</c>, <c>*</c>, <c>?</c>, <c>{a,b}</c>); <c>**</c> matches everything.</param>
/// <param name="Reason">Why the exception is acceptable.</param>
/// <param name="Owner">Who answers for it.</param>
/// <param name="Expires">The last day it applies (UTC).</param>
/// <param name="DeclaredAt">Where the waiver is written, so expired and unused waivers point at it.</param>
public sealed record Waiver(
    string Gate,
    string Rule,
    string Path,
    string Reason,
    string Owner,
    DateOnly Expires,
    SourceLocation DeclaredAt)
{
    /// <summary>Whether <paramref name="today"/> (UTC) is after <see cref="Expires"/>.</summary>
    public bool IsExpired(DateOnly today) => today > Expires;
}
