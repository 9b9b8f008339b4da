using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Parsing;

/// <summary>A statement with the facts the rules need (what it does, to which table, how).</summary>
internal sealed record ParsedStatement(SqlStatement Source, StatementKind Kind)
{
    /// <summary>The table acted on (for <c>CREATE INDEX</c>: the indexed table).</summary>
    public QualifiedName? Table { get; init; }

    /// <summary>All objects named by a multi-target statement (<c>DROP TABLE a, b</c>, <c>TRUNCATE</c>, <c>DROP INDEX</c>).</summary>
    public IReadOnlyList<QualifiedName> Targets { get; init; } = [];

    public bool Concurrently { get; init; }

    /// <summary><c>IF EXISTS</c> or <c>IF NOT EXISTS</c> was given.</summary>
    public bool Guarded { get; init; }

    public bool Cascade { get; init; }

    public bool Unique { get; init; }

    /// <summary>Columns of <c>CREATE TABLE</c>.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; init; } = [];

    /// <summary>Actions of <c>ALTER TABLE</c>.</summary>
    public IReadOnlyList<AlterAction> Actions { get; init; } = [];

    /// <summary>The setting of a <c>SET</c> (lower case) and its value as written.</summary>
    public string? Setting { get; init; }

    public string? SettingValue { get; init; }

    /// <summary><c>CREATE TABLE ... AS</c> (or <c>SELECT INTO</c>): the new table is filled at once, so it is not empty.</summary>
    public bool AsQuery { get; init; }

    /// <summary><c>ALTER TYPE ... ADD VALUE</c>.</summary>
    public bool AddsEnumValue { get; init; }

    /// <summary>The added enum value says where it goes (<c>BEFORE</c> or <c>AFTER</c>).</summary>
    public bool Positioned { get; init; }

    public SqlToken Start => Source.Tokens[0];
}
