namespace Toolkit.Gates.Migrations.Parsing;

/// <summary>An object name, optionally schema-qualified, as PostgreSQL folds it (unquoted names lower-cased).</summary>
internal sealed record QualifiedName(string? Schema, string Name)
{
    /// <summary>A key that matches the same table however it was qualified (<c>public</c> is the default schema).</summary>
    public string Key => $"{Schema ?? "public"}.{Name}";

    public override string ToString() => Schema is null ? Name : $"{Schema}.{Name}";
}
