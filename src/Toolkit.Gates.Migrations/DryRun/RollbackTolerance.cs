using System.Text.RegularExpressions;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// The differences a down may leave that a maintainer would not call a broken down (judged on Ory Kratos, see
/// docs/migration-dry-run.md): kept on purpose (reported once as a warning) or harmless (logged only).
/// </summary>
internal static partial class RollbackTolerance
{
    /// <summary>Splits a down's mismatch into the real defects, what it keeps on purpose, and what is harmless.</summary>
    public static (List<SchemaChange> Real, List<string> Kept, List<string> Harmless) Classify(IReadOnlyList<SchemaChange> mismatch)
    {
        var real = new List<SchemaChange>();
        var kept = new List<string>();
        var harmless = new List<string>();
        var byName = mismatch.Where(c => c.Kind == "column").GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var change in mismatch)
        {
            if (IsAddedEnumValue(change))
            {
                kept.Add(EnumValuesKept(change));
            }
            else if (change is { Kind: "extension", Change: "not undone", After: null })
            {
                kept.Add($"extension {change.Name} stays installed: an extension serves the whole database (its up may have found it there), so a down may leave it");
            }
            else if (IsWideningKept(change))
            {
                kept.Add($"column {change.Name} keeps the wider type of its up ({change.Before}, was {change.After}): narrowing it back could fail on longer values, so a down may leave it");
            }
            else if (ExtraDefault(change, byName) is { } note)
            {
                // One note for the pair: the re-created column and the original it stands for.
                if (change.Change != "not undone")
                {
                    harmless.Add(note);
                }
            }
            else
            {
                real.Add(change);
            }
        }

        return (real, kept, harmless);
    }

    /// <summary>
    /// PostgreSQL cannot drop a value from an enum (<c>ALTER TYPE ... ADD VALUE</c> has no inverse): a down that keeps
    /// the values its up added, and only those, is a known irreversibility, not a broken down.
    /// </summary>
    private static bool IsAddedEnumValue(SchemaChange change)
    {
        if (change is not { Kind: "enum", Change: "not undone", Before: { } now, After: { } wanted })
        {
            return false;
        }

        var current = now.Split(',');
        var expected = wanted.Split(',');
        return current.Length > expected.Length && current.Where(expected.Contains).SequenceEqual(expected, StringComparer.Ordinal);
    }

    private static string EnumValuesKept(SchemaChange change)
    {
        var expected = change.After!.Split(',');
        var kept = change.Before!.Split(',').Where(v => !expected.Contains(v)).ToList();
        return $"enum {change.Name} keeps value{(kept.Count == 1 ? string.Empty : "s")} {string.Join(", ", kept.Select(v => $"'{v}'"))}: PostgreSQL cannot drop an enum value";
    }

    /// <summary>
    /// An up that only widened a column's type (<c>varchar(255)</c> to <c>text</c> or a longer varchar) with a down
    /// that leaves it wide (Kratos' courier_body_type has an empty down): old code reads and writes the wider type,
    /// while narrowing back fails on longer values written since. Everything else about the column must be restored.
    /// </summary>
    private static bool IsWideningKept(SchemaChange change)
    {
        if (change is not { Kind: "column", Change: "not undone", Before: { } now, After: { } wanted })
        {
            return false;
        }

        var narrow = VarcharType().Match(wanted);
        if (!narrow.Success)
        {
            return false;
        }

        var rest = wanted[narrow.Length..];
        var wide = VarcharType().Match(now);
        return now == "text" + rest || now == "character varying" + rest
            || (wide.Success && wide.Groups["length"].Success && now[wide.Length..] == rest && int.Parse(wide.Groups["length"].Value, System.Globalization.CultureInfo.InvariantCulture) > int.Parse(narrow.Groups["length"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A NOT NULL column the down re-creates with a DEFAULT it did not have (Kratos' settings: <c>ADD COLUMN
    /// update_successful bool NOT NULL DEFAULT 'false'</c>): existing rows need a value, and old code, which always
    /// wrote the column, cannot tell. Both halves of the pair (the re-created column, the original to re-create) are harmless.
    /// </summary>
    private static string? ExtraDefault(SchemaChange change, Dictionary<string, List<SchemaChange>> byName)
    {
        if (change.Kind != "column" || !byName.TryGetValue(change.Name, out var pair) || pair.Count != 2)
        {
            return null;
        }

        var actual = pair.Find(c => c.Change != "not undone");
        var expected = pair.Find(c => c.Change == "not undone");
        if (actual?.After is not { } got || expected?.After is not { } want || !want.Contains(" NOT NULL", StringComparison.Ordinal)
            || want.Contains(" DEFAULT ", StringComparison.Ordinal) || !got.StartsWith(want + " DEFAULT ", StringComparison.Ordinal))
        {
            return null;
        }

        return $"column {change.Name} is re-created with a DEFAULT it did not have ({got}, was {want}): needed to fill existing rows, invisible to old code";
    }

    [GeneratedRegex(@"^character varying(\((?<length>\d+)\))?")]
    private static partial Regex VarcharType();
}
