using System.Globalization;
using System.Text.Json;

namespace Toolkit.Testing.JsonSchema;

public sealed partial class JsonSchemaValidator
{
    private void CheckArray(Context c)
    {
        var items = c.Instance.EnumerateArray().ToList();
        var covered = 0;

        // Tuple forms: 2020-12 prefixItems, or draft-07 items as an array (with additionalItems for the rest).
        var hasPrefix = c.Has("prefixItems", out var prefix);
        var tuple = hasPrefix ? prefix : c.Has("items", out var draft7) && draft7.ValueKind == JsonValueKind.Array ? draft7 : default;
        if (tuple.ValueKind == JsonValueKind.Array)
        {
            var keyword = hasPrefix ? "prefixItems" : "items";
            var schemas = tuple.EnumerateArray().ToList();
            for (; covered < Math.Min(schemas.Count, items.Count); covered++)
            {
                Sub(c, items[covered], schemas[covered], JsonPointer.Append(c.At, covered), $"{c.SchemaPath}/{keyword}/{covered}");
            }

            covered = schemas.Count;
        }

        var restKeyword = hasPrefix ? "items" : tuple.ValueKind == JsonValueKind.Array ? "additionalItems" : "items";
        if (c.Has(restKeyword, out var rest) && rest.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
        {
            for (var i = covered; i < items.Count; i++)
            {
                if (rest.ValueKind == JsonValueKind.False)
                {
                    c.Fail(restKeyword, string.Create(CultureInfo.InvariantCulture, $"item {i} is not allowed: at most {covered} items"));
                    break;
                }

                Sub(c, items[i], rest, JsonPointer.Append(c.At, i), $"{c.SchemaPath}/{restKeyword}");
            }
        }

        if (c.Has("minItems", out var minItems) && items.Count < minItems.GetInt32())
        {
            c.Fail("minItems", string.Create(CultureInfo.InvariantCulture, $"has {items.Count} items, fewer than {minItems.GetInt32()}"));
        }

        if (c.Has("maxItems", out var maxItems) && items.Count > maxItems.GetInt32())
        {
            c.Fail("maxItems", string.Create(CultureInfo.InvariantCulture, $"has {items.Count} items, more than {maxItems.GetInt32()}"));
        }

        if (c.Has("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (JsonEquality.Equal(items[i], items[j]))
                    {
                        c.Fail("uniqueItems", string.Create(CultureInfo.InvariantCulture, $"items {i} and {j} are equal"));
                    }
                }
            }
        }

        if (c.Has("contains", out var contains))
        {
            var matching = items.Count(item => Trial(c, item, contains, c.At, c.SchemaPath + "/contains").Count == 0);
            var min = c.Has("minContains", out var minContains) ? minContains.GetInt32() : 1;
            if (matching < min)
            {
                c.Fail("contains", string.Create(CultureInfo.InvariantCulture, $"has {matching} items matching 'contains', expected at least {min}"));
            }

            if (c.Has("maxContains", out var maxContains) && matching > maxContains.GetInt32())
            {
                c.Fail("maxContains", string.Create(CultureInfo.InvariantCulture, $"has {matching} items matching 'contains', expected at most {maxContains.GetInt32()}"));
            }
        }
    }
}
