using System.Text;
using Toolkit.Gates.Migrations.Parsing;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Linting;

/// <summary>Rules on REINDEX, enum types and identifier length (squawk's names).</summary>
internal sealed partial class LintState
{
    /// <summary>PostgreSQL's NAMEDATALEN - 1: longer identifiers are silently truncated.</summary>
    private const int MaxIdentifierBytes = 63;

    private void Reindex(ParsedStatement statement)
    {
        var target = statement.Table;
        var isNew = target is not null && (createdTables.Contains(target.Key) || createdIndexes.Contains(target.Name));
        if (!statement.Concurrently && !isNew)
        {
            Add(MigrationRules.RequireConcurrentReindex, statement, statement.Start, $"REINDEX {target} without CONCURRENTLY.");
        }

        NeedsTimeout(statement, isNew || target is null ? null : $"{target}");
    }

    private void AlterType(ParsedStatement statement)
    {
        var type = statement.Table;
        var existing = type is not null && !createdTypes.Contains(type.Key);
        if (statement.AddsEnumValue && !statement.Positioned)
        {
            var at = statement.Source.Tokens.FirstOrDefault(t => t.Is("add")) ?? statement.Start;
            Add(MigrationRules.RequireEnumValueOrdering, statement, at, $"ALTER TYPE {type} ADD VALUE without BEFORE or AFTER appends the value at the end of the sort order.");
        }

        NeedsTimeout(statement, existing ? $"type {type}" : null);
    }

    /// <summary>identifier-too-long: PostgreSQL truncates a name past 63 bytes, so two long names may collide.</summary>
    private void IdentifierLength(ParsedStatement statement)
    {
        foreach (var token in statement.Source.Tokens)
        {
            if (token.IsName && token.Value.Length > MaxIdentifierBytes / 4 && Encoding.UTF8.GetByteCount(token.Value) > MaxIdentifierBytes)
            {
                Add(MigrationRules.IdentifierTooLong, statement, token, $"Identifier {token.Text} is {Encoding.UTF8.GetByteCount(token.Value)} bytes; PostgreSQL truncates it to {MaxIdentifierBytes}.");
            }
        }
    }

    /// <summary>
    /// require-timeout-settings for statements the parser leaves as "other" that still queue for a strong lock on an
    /// existing object: DROP VIEW / FUNCTION / TRIGGER / SEQUENCE ... (ACCESS EXCLUSIVE), CREATE TRIGGER on a table
    /// (SHARE ROW EXCLUSIVE) and CREATE OR REPLACE VIEW.
    /// </summary>
    private void OtherLocking(ParsedStatement statement)
    {
        var c = new TokenCursor(statement.Source.Tokens);
        if (c.Accept("drop") && c.Current is { Kind: Sql.TokenKind.Word } what && what.Value is "view" or "materialized" or "function" or "procedure" or "trigger" or "sequence" or "aggregate" or "rule" or "policy")
        {
            NeedsTimeout(statement, $"{what.Value} (DROP takes an ACCESS EXCLUSIVE lock)");
        }
        else if (statement.Source.StartsWith("create", "trigger") || statement.Source.StartsWith("create", "or", "replace", "trigger") || statement.Source.StartsWith("create", "constraint", "trigger"))
        {
            var on = statement.Source.Tokens.ToList().FindIndex(t => t.Is("on"));
            var table = on < 0 ? null : new TokenCursor(statement.Source.Tokens, on + 1).Name();
            NeedsTimeout(statement, table);
        }
        else if (statement.Source.StartsWith("create", "or", "replace", "view"))
        {
            NeedsTimeout(statement, "view (CREATE OR REPLACE takes an ACCESS EXCLUSIVE lock)");
        }
    }

    /// <summary>The tables named after REFERENCES in a statement.</summary>
    private static IEnumerable<QualifiedName> ReferencedTables(ParsedStatement statement)
    {
        var tokens = statement.Source.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Is("references") && new TokenCursor(tokens, i + 1).Name() is { } name)
            {
                yield return name;
            }
        }
    }
}
