namespace Toolkit.Gates.Migrations.Parsing;

/// <summary>A table constraint being added.</summary>
/// <param name="Type">One of <c>primary-key</c>, <c>unique</c>, <c>foreign-key</c>, <c>check</c>, <c>exclude</c>.</param>
/// <param name="Name">The constraint name when given.</param>
/// <param name="NotValid">Whether it is added <c>NOT VALID</c> (existing rows not checked).</param>
/// <param name="UsingIndex">Whether it is built <c>USING INDEX</c> from an existing index.</param>
internal sealed record ConstraintInfo(string Type, string? Name, bool NotValid, bool UsingIndex);
