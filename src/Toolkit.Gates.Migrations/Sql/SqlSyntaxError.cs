namespace Toolkit.Gates.Migrations.Sql;

/// <summary>Why a file could not be tokenised, and where (1-based line and column).</summary>
internal sealed record SqlSyntaxError(string Message, int Line, int Column);
