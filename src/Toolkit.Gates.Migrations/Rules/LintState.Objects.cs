using System.Text;
using Toolkit.Gates.Migrations.Parsing;

namespace Toolkit.Gates.Migrations.Rules;

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
            Add("require-concurrent-reindex", statement, statement.Start, $"REINDEX {target} without CONCURRENTLY.");
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
            Add("require-enum-value-ordering", statement, at, $"ALTER TYPE {type} ADD VALUE without BEFORE or AFTER appends the value at the end of the sort order.");
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
                Add("identifier-too-long", statement, token, $"Identifier {token.Text} is {Encoding.UTF8.GetByteCount(token.Value)} bytes; PostgreSQL truncates it to {MaxIdentifierBytes}.");
            }
        }
    }
}
