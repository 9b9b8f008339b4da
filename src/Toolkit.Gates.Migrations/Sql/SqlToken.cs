namespace Toolkit.Gates.Migrations.Sql;

/// <summary>One lexical token with its 1-based position in the file.</summary>
/// <param name="Kind">What sort of token it is.</param>
/// <param name="Text">The source text exactly as written.</param>
/// <param name="Value">Normalised value: lower-cased word, unquoted identifier, string contents.</param>
/// <param name="Offset">0-based character offset in the file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
internal sealed record SqlToken(TokenKind Kind, string Text, string Value, int Offset, int Line, int Column)
{
    /// <summary>True for a bare word equal (case-insensitively) to <paramref name="keyword"/>.</summary>
    public bool Is(string keyword) => Kind == TokenKind.Word && string.Equals(Value, keyword, StringComparison.Ordinal);

    /// <summary>True for a symbol token with this text.</summary>
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>True for something that names an object (word or quoted identifier).</summary>
    public bool IsName => Kind is TokenKind.Word or TokenKind.QuotedIdentifier;
}
