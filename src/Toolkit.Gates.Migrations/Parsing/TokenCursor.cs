using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Parsing;

/// <summary>A forward cursor over a token list with keyword helpers; reading past the end yields null.</summary>
internal sealed class TokenCursor(IReadOnlyList<SqlToken> tokens, int start = 0)
{
    public int Index { get; set; } = start;

    public bool AtEnd => Index >= tokens.Count;

    public SqlToken? Current => Index < tokens.Count ? tokens[Index] : null;

    public SqlToken? PeekAt(int ahead) => Index + ahead < tokens.Count ? tokens[Index + ahead] : null;

    public bool Is(string keyword) => Current?.Is(keyword) == true;

    /// <summary>Consumes the keywords when they all come next, in order.</summary>
    public bool Accept(params string[] keywords)
    {
        for (var i = 0; i < keywords.Length; i++)
        {
            if (PeekAt(i)?.Is(keywords[i]) != true)
            {
                return false;
            }
        }

        Index += keywords.Length;
        return true;
    }

    public SqlToken? Next() => Index < tokens.Count ? tokens[Index++] : null;

    /// <summary>Reads <c>name</c> or <c>schema.name</c> (or <c>db.schema.name</c>, keeping the last two parts).</summary>
    public QualifiedName? Name()
    {
        if (Current is not { IsName: true } first)
        {
            return null;
        }

        Index++;
        var parts = new List<string> { first.Value };
        while (Current?.IsSymbol(".") == true && PeekAt(1) is { IsName: true } part)
        {
            parts.Add(part.Value);
            Index += 2;
        }

        return parts.Count == 1 ? new QualifiedName(null, parts[0]) : new QualifiedName(parts[^2], parts[^1]);
    }

    /// <summary>Reads tokens up to (not including) the next top-level comma or the end.</summary>
    public List<SqlToken> UntilComma()
    {
        var result = new List<SqlToken>();
        var depth = 0;
        while (Current is { } token)
        {
            if (depth == 0 && token.IsSymbol(","))
            {
                break;
            }

            depth += token.IsSymbol("(") ? 1 : token.IsSymbol(")") ? -1 : 0;
            result.Add(token);
            Index++;
        }

        return result;
    }

    /// <summary>Splits the tokens from here to the end at top-level commas.</summary>
    public List<List<SqlToken>> CommaSeparated()
    {
        var groups = new List<List<SqlToken>>();
        while (!AtEnd)
        {
            groups.Add(UntilComma());
            if (Current?.IsSymbol(",") == true)
            {
                Index++;
            }
        }

        return groups;
    }
}
