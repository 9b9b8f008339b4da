namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>One catalog object: its kind (<c>table</c>, <c>column</c>, <c>index</c> ...), qualified name and definition.</summary>
internal sealed record SchemaObject(string Kind, string Name, string Definition)
{
    public string Key => $"{Kind} {Name}";
}
