namespace Toolkit.Gates.Policy.Custom;

/// <summary>
/// A declarative rule from a custom rules file: which documents it selects (by <c>kind</c> and file glob), a path
/// into the document, an operator and the value it compares with.
/// </summary>
/// <param name="Id">The rule's name, reported as <c>policy/custom/&lt;id&gt;</c> (formerly <c>custom/&lt;id&gt;</c>, still matched by ignores and waivers).</param>
/// <param name="Path">Dot path into the document; <c>[*]</c> or <c>*</c> fans out over list items or mapping values, <c>[n]</c> picks one item.</param>
/// <param name="Operator">One of <see cref="CustomOperators"/>.</param>
internal sealed record CustomRule(
    string Id,
    string Message,
    Severity Severity,
    string Path,
    string Operator,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Files)
{
    public string? HelpUri { get; init; }

    /// <summary>The file and line the rule was defined at, for its findings' properties.</summary>
    public string DefinedAt { get; init; } = string.Empty;
}
