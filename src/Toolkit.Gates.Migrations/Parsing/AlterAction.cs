using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Parsing;

/// <summary>One comma-separated action of an <c>ALTER TABLE</c>, with the token it starts at.</summary>
internal sealed record AlterAction(AlterActionKind Kind, SqlToken Start)
{
    /// <summary>The column the action is about, when it is about one.</summary>
    public string? Column { get; init; }

    /// <summary>The new column of <c>ADD COLUMN</c>.</summary>
    public ColumnDefinition? Definition { get; init; }

    /// <summary>The constraint of <c>ADD CONSTRAINT</c> (or an inline <c>REFERENCES</c>).</summary>
    public ConstraintInfo? Constraint { get; init; }

    /// <summary>The new type tokens of <c>ALTER COLUMN ... TYPE</c>.</summary>
    public IReadOnlyList<SqlToken> TypeTokens { get; init; } = [];

    /// <summary>The new name of a rename.</summary>
    public string? NewName { get; init; }

    /// <summary><c>IF EXISTS</c> / <c>IF NOT EXISTS</c> was given.</summary>
    public bool Guarded { get; init; }
}
