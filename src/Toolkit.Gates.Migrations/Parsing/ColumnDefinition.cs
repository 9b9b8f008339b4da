using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Parsing;

/// <summary>A column as declared in <c>CREATE TABLE</c> or <c>ADD COLUMN</c>.</summary>
/// <param name="Name">The column name.</param>
/// <param name="NameToken">Where the name is.</param>
/// <param name="TypeTokens">The tokens of the data type (first one is where the type is).</param>
internal sealed record ColumnDefinition(string Name, SqlToken NameToken, IReadOnlyList<SqlToken> TypeTokens)
{
    /// <summary>The type as written, lower-cased, single-spaced: <c>character varying(20)</c>.</summary>
    public string TypeText => string.Join(' ', TypeTokens.Select(t => t.Kind == TokenKind.Word ? t.Value : t.Text))
        .Replace(" (", "(", StringComparison.Ordinal).Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);

    public bool NotNull { get; init; }

    public bool PrimaryKey { get; init; }

    public bool Unique { get; init; }

    public bool References { get; init; }

    /// <summary><c>GENERATED ... AS IDENTITY</c>.</summary>
    public bool Identity { get; init; }

    /// <summary><c>GENERATED ALWAYS AS (expr) STORED</c>: computed for every row, so adding it rewrites the table.</summary>
    public bool Stored { get; init; }

    /// <summary>The tokens of the <c>DEFAULT</c> expression; null when there is no default.</summary>
    public IReadOnlyList<SqlToken>? Default { get; init; }
}
