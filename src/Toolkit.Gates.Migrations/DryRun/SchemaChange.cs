namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>A difference between two catalog snapshots.</summary>
/// <param name="Change"><c>added</c>, <c>dropped</c>, <c>changed</c>, or <c>not undone</c> (a change a down should have made).</param>
internal sealed record SchemaChange(string Change, string Kind, string Name, string? Before, string? After)
{
    public override string ToString() => Change switch
    {
        "added" => $"added {Kind} {Name}: {After}",
        "dropped" => $"dropped {Kind} {Name} (was {Before})",
        "not undone" => $"not undone: {Kind} {Name} should be {(After is null ? "dropped" : Before is null ? "re-created as " + After : "restored to " + After)}",
        _ => $"changed {Kind} {Name}: {Before} -> {After}",
    };
}
