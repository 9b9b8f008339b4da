namespace Toolkit.Gates.Migrations.Sql;

/// <summary>
/// The words migrations are mostly made of, lower-case, looked up case-insensitively by span: a keyword's value is this
/// set's string, so lexing <c>ALTER TABLE</c> allocates no lower-cased copy. Any other word is lower-cased as before.
/// </summary>
internal static class SqlKeywords
{
    private static readonly HashSet<string> Words = new(
        [
            "abort", "action", "add", "after", "all", "alter", "always", "analyze", "and", "any", "array", "as", "asc", "atomic",
            "attach", "before", "begin", "between", "bigint", "bigserial", "bool", "boolean", "both", "btree", "by", "bytea",
            "cascade", "case", "cast", "char", "character", "check", "cluster", "coalesce", "collate", "column", "comment",
            "commit", "concurrently", "conflict", "constraint", "constraints", "copy", "create", "cross", "current_timestamp",
            "cycle", "data", "database", "date", "declare", "default", "deferrable", "deferred", "delete", "desc", "detach",
            "distinct", "do", "domain", "double", "drop", "each", "else", "end", "enum", "exclude", "execute", "exists",
            "extension", "false", "fetch", "float", "for", "foreign", "from", "full", "function", "generated", "gin", "gist",
            "grant", "group", "having", "identity", "if", "ilike", "immediate", "in", "include", "increment", "index", "inherits",
            "initially", "inner", "insert", "int", "int2", "int4", "int8", "integer", "interval", "into", "is", "join", "json",
            "jsonb", "key", "language", "lateral", "left", "like", "limit", "local", "lock", "materialized", "maxvalue",
            "minvalue", "mode", "new", "no", "not", "nothing", "null", "nulls", "numeric", "of", "offset", "old", "on", "only",
            "or", "order", "outer", "owned", "owner", "partition", "perform", "plpgsql", "policy", "precision", "primary",
            "procedure", "public", "real", "recursive", "refresh", "references", "reindex", "rename", "replace", "restrict",
            "return", "returns", "revoke", "right", "rollback", "row", "rule", "schema", "select", "sequence", "serial", "session",
            "set", "smallint", "sql", "start", "statement", "stdin", "table", "temp", "temporary", "text", "then", "time",
            "timestamp", "timestamptz", "to", "transaction", "trigger", "true", "truncate", "type", "union", "unique", "unlogged",
            "update", "using", "uuid", "vacuum", "valid", "validate", "value", "values", "varchar", "varying", "view", "when",
            "where", "with", "without", "zone",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a keyword by its written form in any case; the value found is lower-case.</summary>
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = Words.GetAlternateLookup<ReadOnlySpan<char>>();
}
