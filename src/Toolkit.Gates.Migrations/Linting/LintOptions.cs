namespace Toolkit.Gates.Migrations.Linting;

/// <summary>Context for linting a script.</summary>
/// <param name="NewTables">Tables (by <see cref="Parsing.QualifiedName.Key"/>) created by earlier new migrations of this change: they have no rows or traffic yet.</param>
/// <param name="DisabledRules">Rules switched off in gates.yml, by id or bare name.</param>
internal sealed record LintOptions(IReadOnlySet<string> NewTables, IReadOnlySet<string> DisabledRules)
{
    /// <summary>No context: every table exists already, every rule is on.</summary>
    public static LintOptions Default { get; } = new(new HashSet<string>(), new HashSet<string>());
}
