namespace Toolkit.Gates.Migrations.Sql;

/// <summary>The statements and comments of a SQL text, or the syntax error that stopped the lexer.</summary>
internal sealed record SplitResult(IReadOnlyList<SqlStatement> Statements, IReadOnlyList<SqlComment> Comments, SqlSyntaxError? Error);
