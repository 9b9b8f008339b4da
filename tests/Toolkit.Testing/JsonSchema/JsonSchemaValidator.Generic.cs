using System.Globalization;
using System.Text.Json;

namespace Toolkit.Testing.JsonSchema;

public sealed partial class JsonSchemaValidator
{
    private static void CheckGeneric(Context c)
    {
        if (c.Has("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
                : [type.GetString()!];
            if (!allowed.Any(t => IsOfType(c.Instance, t)))
            {
                c.Fail("type", $"is {KindName(c.Instance)}, expected {string.Join(" or ", allowed)}");
            }
        }

        if (c.Has("enum", out var values) && !values.EnumerateArray().Any(v => JsonEquality.Equal(c.Instance, v)))
        {
            c.Fail("enum", $"{Show(c.Instance)} is not one of {Show(values)}");
        }

        if (c.Has("const", out var constant) && !JsonEquality.Equal(c.Instance, constant))
        {
            c.Fail("const", $"{Show(c.Instance)} is not {Show(constant)}");
        }
    }

    private void CheckCombinators(Context c)
    {
        if (c.Has("allOf", out var allOf))
        {
            var i = 0;
            foreach (var schema in allOf.EnumerateArray())
            {
                Sub(c, c.Instance, schema, c.At, $"{c.SchemaPath}/allOf/{i++}");
            }
        }

        if (c.Has("anyOf", out var anyOf))
        {
            var trials = Branches(c, anyOf, "anyOf");
            if (!trials.Any(t => t.Count == 0))
            {
                c.Fail("anyOf", "matches none of the anyOf schemas" + Closest(trials));
            }
        }

        if (c.Has("oneOf", out var oneOf))
        {
            var trials = Branches(c, oneOf, "oneOf");
            var matches = trials.Count(t => t.Count == 0);
            if (matches == 0)
            {
                c.Fail("oneOf", "matches none of the oneOf schemas" + Closest(trials));
            }
            else if (matches > 1)
            {
                c.Fail("oneOf", string.Create(CultureInfo.InvariantCulture, $"matches {matches} of the oneOf schemas, expected exactly one"));
            }
        }

        if (c.Has("not", out var not) && Trial(c, c.Instance, not, c.At, c.SchemaPath + "/not").Count == 0)
        {
            c.Fail("not", "matches the schema in 'not'");
        }

        if (c.Has("if", out var condition))
        {
            var holds = Trial(c, c.Instance, condition, c.At, c.SchemaPath + "/if").Count == 0;
            if (holds && c.Has("then", out var then))
            {
                Sub(c, c.Instance, then, c.At, c.SchemaPath + "/then");
            }
            else if (!holds && c.Has("else", out var otherwise))
            {
                Sub(c, c.Instance, otherwise, c.At, c.SchemaPath + "/else");
            }
        }
    }

    private List<List<SchemaError>> Branches(Context c, JsonElement schemas, string keyword)
    {
        var i = 0;
        return schemas.EnumerateArray().Select(s => Trial(c, c.Instance, s, c.At, $"{c.SchemaPath}/{keyword}/{i++}")).ToList();
    }

    /// <summary>The errors of the branch that came closest, so a failed anyOf/oneOf says what to fix.</summary>
    private static string Closest(List<List<SchemaError>> trials)
    {
        var best = trials.Where(t => t.Count > 0).OrderBy(t => t.Count).FirstOrDefault();
        return best is null ? string.Empty : "; closest: " + string.Join("; ", best.Take(3));
    }

    private static bool IsOfType(JsonElement instance, string type) => type switch
    {
        "null" => instance.ValueKind == JsonValueKind.Null,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && IsInteger(instance),
        _ => false,
    };

    private static bool IsInteger(JsonElement number) =>
        number.TryGetDecimal(out var d) ? decimal.Truncate(d) == d : Math.Floor(number.GetDouble()) == number.GetDouble();

    private static string KindName(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => IsInteger(instance) ? "integer" : "number",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static string Show(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 80 ? text[..77] + "..." : text;
    }
}
