using Npgsql;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// The user-visible catalog of a database: schemas, extensions, tables, columns (type, default, nullability),
/// constraints, indexes, sequences, enums, views and functions (an extension's own objects only as the extension), sorted so two snapshots compare as data.
/// </summary>
internal sealed record CatalogSnapshot(IReadOnlyList<SchemaObject> Objects)
{
    private const string UserSchemas = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'";

    /// <summary>An extension's own objects (pg_trgm's functions, postgis' tables) are the extension's, listed as it.</summary>
    private const string NotExtensionMember = "NOT EXISTS (SELECT 1 FROM pg_depend member WHERE member.objid = {0} AND member.classid = '{1}'::regclass AND member.deptype = 'e')";

    private static readonly string NotExtensionRelation = string.Format(System.Globalization.CultureInfo.InvariantCulture, NotExtensionMember, "c.oid", "pg_class");

    private static readonly string Query = $"""
        SELECT 'schema'::text, n.nspname::text, ''::text FROM pg_namespace n WHERE {UserSchemas} AND n.nspname <> 'public'
        UNION ALL
        SELECT 'extension', x.extname::text, x.extversion FROM pg_extension x WHERE x.extname <> 'plpgsql'
        UNION ALL
        SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' ELSE 'table' END,
               n.nspname::text || '.' || c.relname::text,
               CASE c.relkind WHEN 'v' THEN pg_get_viewdef(c.oid) WHEN 'm' THEN pg_get_viewdef(c.oid)
                    WHEN 'S' THEN (SELECT format_type(s.seqtypid, NULL) || ' increment ' || s.seqincrement FROM pg_sequence s WHERE s.seqrelid = c.oid)
                    ELSE c.relkind::text END
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND {UserSchemas} AND {NotExtensionRelation}
        UNION ALL
        SELECT 'column', n.nspname::text || '.' || c.relname::text || '.' || a.attname::text,
               format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END
               || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
               || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') AND {UserSchemas} AND {NotExtensionRelation}
        UNION ALL
        SELECT 'constraint', n.nspname::text || '.' || c.relname::text || '.' || k.conname::text, pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE {UserSchemas} AND {NotExtensionRelation}
        UNION ALL
        SELECT 'index', n.nspname::text || '.' || i.relname::text, pg_get_indexdef(i.oid)
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace JOIN pg_class c ON c.oid = x.indrelid
        WHERE {UserSchemas} AND {NotExtensionRelation}
        UNION ALL
        SELECT 'enum', n.nspname::text || '.' || t.typname::text, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE {UserSchemas} AND {string.Format(System.Globalization.CultureInfo.InvariantCulture, NotExtensionMember, "t.oid", "pg_type")} GROUP BY n.nspname, t.typname
        UNION ALL
        SELECT 'function', n.nspname::text || '.' || p.proname::text || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               md5(pg_get_functiondef(p.oid))
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE {UserSchemas} AND p.prokind IN ('f', 'p') AND {string.Format(System.Globalization.CultureInfo.InvariantCulture, NotExtensionMember, "p.oid", "pg_proc")}
        """;

    /// <summary>Reads the catalog of the connected database.</summary>
    public static async Task<CatalogSnapshot> TakeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var objects = new List<SchemaObject>();
        var command = new NpgsqlCommand(Query, connection);
        await using (command.ConfigureAwait(false))
        {
            // Prepared once per connection (Npgsql keeps it by its text): planning this union costs as much as running it.
            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    objects.Add(new SchemaObject(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? string.Empty : reader.GetString(2)));
                }
            }
        }

        // Catalog data can repeat a key (a constraint name reused on one table across kinds): merge, never throw.
        var merged = objects
            .GroupBy(o => o.Key, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.First() : g.First() with { Definition = string.Join(" | ", g.Select(o => o.Definition).Order(StringComparer.Ordinal)) });
        return new CatalogSnapshot(merged.OrderBy(o => o.Kind, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>What changed from <paramref name="before"/> to this snapshot.</summary>
    public IReadOnlyList<SchemaChange> DiffFrom(CatalogSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var old = ByKey(before.Objects);
        var now = ByKey(Objects);
        var changes = new List<SchemaChange>();
        foreach (var o in now.Values)
        {
            if (!old.TryGetValue(o.Key, out var was))
            {
                changes.Add(new SchemaChange("added", o.Kind, o.Name, null, o.Definition));
            }
            else if (was.Definition != o.Definition)
            {
                changes.Add(new SchemaChange("changed", o.Kind, o.Name, was.Definition, o.Definition));
            }
        }

        changes.AddRange(old.Values.Where(o => !now.ContainsKey(o.Key)).Select(o => new SchemaChange("dropped", o.Kind, o.Name, o.Definition, null)));
        return changes;
    }

    /// <summary>The objects by key in their order; a repeated key keeps its first object (no throw on catalog data).</summary>
    private static Dictionary<string, SchemaObject> ByKey(IReadOnlyList<SchemaObject> objects)
    {
        var index = new Dictionary<string, SchemaObject>(objects.Count, StringComparer.Ordinal);
        foreach (var o in objects)
        {
            index.TryAdd(o.Key, o);
        }

        return index;
    }
}
