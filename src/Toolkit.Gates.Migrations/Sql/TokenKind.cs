namespace Toolkit.Gates.Migrations.Sql;

/// <summary>The kinds of token the PostgreSQL lexer produces.</summary>
internal enum TokenKind
{
    /// <summary>A bare word: keyword or unquoted identifier (folded to lower case in <see cref="SqlToken.Value"/>).</summary>
    Word,

    /// <summary>A double-quoted identifier; <see cref="SqlToken.Value"/> is the unquoted name.</summary>
    QuotedIdentifier,

    /// <summary>A string constant: '', E'', U&amp;'', B'', X'' or dollar-quoted.</summary>
    String,

    /// <summary>A numeric constant.</summary>
    Number,

    /// <summary>An operator or punctuation character sequence.</summary>
    Symbol,

    /// <summary>A positional parameter or psql variable such as <c>$1</c> or <c>:name</c>.</summary>
    Parameter,

    /// <summary>The statement terminator.</summary>
    Semicolon,

    /// <summary>A psql meta-command such as <c>\set x 1</c>, to the end of its line; <see cref="SqlToken.Value"/> is its name (<c>set</c>).</summary>
    MetaCommand,
}
