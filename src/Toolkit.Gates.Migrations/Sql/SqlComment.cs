namespace Toolkit.Gates.Migrations.Sql;

/// <summary>A comment (line or block) with its position; ignore directives and dbmate markers live in comments.</summary>
/// <param name="Text">The comment body without its delimiters, trimmed.</param>
/// <param name="Line">1-based line where it starts.</param>
/// <param name="Column">1-based column where it starts.</param>
/// <param name="Offset">0-based character offset where it starts.</param>
internal sealed record SqlComment(string Text, int Line, int Column, int Offset);
