namespace Toolkit.Gates.Migrations.Sql;

/// <summary>One statement of a file: its tokens (without the terminating semicolon), text and starting position.</summary>
/// <param name="Tokens">The statement's tokens; never empty.</param>
/// <param name="Text">The source text from the first token to the last, without the semicolon.</param>
/// <param name="Line">1-based line of the first token.</param>
/// <param name="Column">1-based column of the first token.</param>
internal sealed record SqlStatement(IReadOnlyList<SqlToken> Tokens, string Text, int Line, int Column)
{
    /// <summary>0-based offset of the first token in the file.</summary>
    public int Offset => Tokens[0].Offset;

    /// <summary>True when the first tokens are these keywords, in order.</summary>
    public bool StartsWith(params string[] keywords)
    {
        if (Tokens.Count < keywords.Length)
        {
            return false;
        }

        for (var i = 0; i < keywords.Length; i++)
        {
            if (!Tokens[i].Is(keywords[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when any token is this keyword.</summary>
    public bool Contains(string keyword) => Tokens.Any(t => t.Is(keyword));
}
