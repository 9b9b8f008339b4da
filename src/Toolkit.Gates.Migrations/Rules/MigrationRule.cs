using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Migrations.Rules;

/// <summary>
/// A rule of migration-gate: its id (<c>migration/</c> and, for lint rules, Squawk's name), default severity, title
/// and help. A lint rule also says why the statement is unsafe and the safe alternative.
/// </summary>
internal sealed record MigrationRule(string Id, Severity Severity, string Title, string HelpUri)
{
    /// <summary>Why the flagged statement is unsafe (lint rules only).</summary>
    public string? Why { get; init; }

    /// <summary>What to write instead (lint rules only).</summary>
    public string? Alternative { get; init; }

    /// <summary>Whether the static lint reports it (and <c>gate-ignore</c> and <c>disabled_rules</c> may name it).</summary>
    public bool IsLint => Why is not null;

    /// <summary>The id without <c>migration/</c>: the id before the prefix existed, so old ignores and waivers match.</summary>
    public string Name => Id[MigrationRules.Prefix.Length..];

    /// <summary>Whether a user's text names this rule: its id or its bare name.</summary>
    public bool IsNamedBy(string typed) => string.Equals(typed, Id, StringComparison.Ordinal) || string.Equals(typed, Name, StringComparison.Ordinal);

    /// <summary>A finding of this rule at its default severity.</summary>
    public Finding Report(string message, SourceLocation? location) => Report(Severity, message, location);

    /// <summary>A finding of this rule; the bare name is an alias, so waivers written for it keep matching.</summary>
    public Finding Report(Severity severity, string message, SourceLocation? location) =>
        new(Id, severity, message, location, HelpUri) { Title = Title, Aliases = [Name] };
}
