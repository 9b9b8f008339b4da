namespace Toolkit.Gates.Migrations.Sql;

/// <summary>
/// Finds a statement that runs into the next because a semicolon is missing: a keyword pair that only ever starts a
/// statement (<c>ALTER TABLE</c>, <c>CREATE INDEX</c>, <c>INSERT INTO</c>, ...) at top level inside another statement,
/// where PostgreSQL's grammar cannot continue. The pairs and their exceptions follow the grammar: <c>CREATE SCHEMA</c>
/// holds CREATE and GRANT elements, rules and CTEs hold INSERT/UPDATE/DELETE, <c>ALTER EXTENSION</c> and
/// <c>ALTER PUBLICATION</c> hold <c>DROP TABLE</c>, and unreserved words may be column names inside ALTER statements.
/// </summary>
internal static class StatementBoundary
{
    private static readonly HashSet<string> CreateObjects = new(StringComparer.Ordinal)
    {
        "table", "index", "unique", "view", "materialized", "or", "function", "procedure", "trigger", "type", "sequence",
        "extension", "schema", "policy", "temp", "temporary", "unlogged", "domain", "aggregate", "rule", "role", "user",
        "constraint", "event", "publication", "subscription", "collation", "cast", "operator", "server",
    };

    private static readonly HashSet<string> DdlObjects = new(StringComparer.Ordinal)
    {
        "table", "index", "view", "materialized", "function", "procedure", "trigger", "type", "sequence", "extension",
        "schema", "policy", "domain", "role", "database",
    };

    /// <summary>Words after which an unreserved keyword is a name: <c>REFERENCES comment ON ...</c>, <c>FROM comment</c>.</summary>
    private static readonly HashSet<string> NameExpected = new(StringComparer.Ordinal) { "references", "from", "join", "into", "table", "only", "exists", "as", "by" };

    /// <summary>ALTER statements whose actions legitimately contain <c>DROP TABLE</c>, <c>ADD TABLE</c> and the like.</summary>
    private static readonly HashSet<string> MemberAlters = new(StringComparer.Ordinal) { "extension", "publication", "operator", "text", "default" };

    /// <summary>The first place where a new statement starts inside <paramref name="statement"/>, as a syntax error; null when none.</summary>
    public static SqlSyntaxError? MissingSemicolon(SqlStatement statement)
    {
        var tokens = statement.Tokens;
        var first = tokens[0].Value;
        var second = tokens.Count > 1 ? tokens[1].Value : string.Empty;
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsSymbol("("))
            {
                depth++;
            }
            else if (t.IsSymbol(")"))
            {
                depth--;
            }
            else if (t.Is("begin") && i + 1 < tokens.Count && tokens[i + 1].Is("atomic"))
            {
                // A SQL-standard function body holds statements of its own.
                return null;
            }
            else if (i > 0 && depth == 0 && t.Kind == TokenKind.Word && StartsStatement(tokens, i, first, second))
            {
                var keywords = $"{t.Text} {tokens[i + 1].Text}".ToUpperInvariant();
                return new SqlSyntaxError($"missing semicolon: a new statement ({keywords}) starts inside the statement that begins at line {statement.Line}; PostgreSQL rejects the two as one statement. End the previous statement with ';'", t.Line, t.Column);
            }
        }

        return null;
    }

    private static bool StartsStatement(IReadOnlyList<SqlToken> tokens, int i, string first, string second)
    {
        if (i + 1 >= tokens.Count || tokens[i - 1].IsSymbol(".") || tokens[i + 1].IsSymbol(".") || tokens[i - 1].IsSymbol(",")
            || (tokens[i - 1].Kind == TokenKind.Word && NameExpected.Contains(tokens[i - 1].Value)))
        {
            return false;
        }

        var t = tokens[i];
        var next = tokens[i + 1];
        var previous = tokens[i - 1];
        return t.Value switch
        {
            "create" => next.Kind == TokenKind.Word && CreateObjects.Contains(next.Value) && !(first == "create" && second == "schema"),
            "alter" => next.Is("table") || (first != "alter" && next.Kind == TokenKind.Word && DdlObjects.Contains(next.Value)),
            "drop" => next.Kind == TokenKind.Word && DdlObjects.Contains(next.Value) && !previous.Is("commit")
                && (first != "alter" || (next.Is("table") && !MemberAlters.Contains(second))),
            "insert" => next.Is("into") && !InDataModifyingContext(previous, first, second),
            "delete" => next.Is("from") && !InDataModifyingContext(previous, first, second),
            "update" => next.IsName && i + 2 < tokens.Count && tokens[i + 2].Is("set") && !InDataModifyingContext(previous, first, second),
            "grant" => !previous.Is("with") && !previous.Is("revoke") && !(first == "create" && second == "schema") && !(first == "alter" && second == "default"),
            "comment" => next.Is("on"),
            "do" => next.Kind == TokenKind.String || next.Is("language"),
            "truncate" => next.Is("table"),
            "reindex" => next.Is("index") || next.Is("table") || next.Is("concurrently"),
            _ => false,
        };
    }

    /// <summary>Where INSERT, UPDATE and DELETE continue a statement: rule actions, CTE bodies, PREPARE and EXPLAIN.</summary>
    private static bool InDataModifyingContext(SqlToken previous, string first, string second) =>
        previous.Is("do") || previous.Is("also") || previous.Is("instead") || previous.Is("as")
        || first is "with" or "explain" or "prepare"
        || (first == "create" && (second == "rule" || second == "or"));
}
