namespace Toolkit.Gates.Migrations.Sql;

/// <summary>The tokens and comments of a file, or the first syntax error that stopped the lexer.</summary>
internal sealed record LexResult(IReadOnlyList<SqlToken> Tokens, IReadOnlyList<SqlComment> Comments, SqlSyntaxError? Error);
