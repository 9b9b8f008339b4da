using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Toolkit.Testing.GitHub.Contract;

/// <summary>
/// Validates JSON against the OpenAPI 3.0 schema subset GitHub's descriptions use: <c>$ref</c>, <c>type</c>,
/// <c>nullable</c>, <c>enum</c>, <c>properties</c>/<c>required</c>/<c>additionalProperties</c>, <c>items</c>,
/// <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c>, length, item count and range limits, <c>pattern</c>.
/// </summary>
/// <remarks>
/// <c>oneOf</c> is checked like <c>anyOf</c> (at least one alternative): GitHub's alternatives overlap, so "exactly
/// one" would reject valid requests. Properties a schema does not declare are reported too, even without
/// <c>additionalProperties: false</c>: GitHub ignores them silently, so they are almost always a typo or a setting
/// that will never take effect.
/// </remarks>
internal sealed class SchemaValidator(JsonElement root)
{
    private const int MaxDepth = 64;

    public List<SchemaError> Validate(JsonElement value, JsonElement schema)
    {
        var errors = new List<SchemaError>();
        Validate(value, schema, "$", errors, strict: true, depth: 0);
        return errors;
    }

    /// <summary>Follows <c>$ref</c>s to <c>#/components/...</c> until a schema without one.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < MaxDepth && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = reference.GetString() ?? string.Empty;
            if (!target.StartsWith("#/", StringComparison.Ordinal))
            {
                return default;
            }

            var current = root;
            foreach (var part in target[2..].Split('/'))
            {
                var name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                {
                    return default;
                }
            }

            schema = current;
        }

        return schema;
    }

    private void Validate(JsonElement value, JsonElement schema, string path, List<SchemaError> errors, bool strict, int depth)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return;
        }

        var type = schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (Flag(schema, "nullable"))
            {
                return;
            }

            if (type is null && !schema.TryGetProperty("enum", out _))
            {
                Composition(value, schema, path, errors, depth); // An alternative may be the nullable one.
                return;
            }

            errors.Add(new(path, $"is null, but the schema allows only {type ?? "the listed values"}"));
            return;
        }

        if (type is not null && !HasType(value, type))
        {
            errors.Add(new(path, $"is {Describe(value)}, expected {type}"));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array
            && !allowed.EnumerateArray().Any(option => SameValue(option, value)))
        {
            var options = string.Join(", ", allowed.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.String ? o.GetString() : o.GetRawText()));
            errors.Add(new(path, $"{value.GetRawText()} is not one of: {options}"));
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Text(value.GetString()!, schema, path, errors);
                break;
            case JsonValueKind.Number when value.TryGetDecimal(out var number):
                Range(number, schema, path, errors);
                break;
            case JsonValueKind.Array:
                Items(value, schema, path, errors, depth);
                break;
            case JsonValueKind.Object:
                Properties(value, schema, path, errors, strict, depth);
                break;
        }

        Composition(value, schema, path, errors, depth);
    }

    private static void Text(string text, JsonElement schema, string path, List<SchemaError> errors)
    {
        if (Number(schema, "maxLength") is { } max && text.Length > max)
        {
            errors.Add(new(path, $"is {text.Length} characters long, more than the maximum of {max}"));
        }

        if (Number(schema, "minLength") is { } min && text.Length < min)
        {
            errors.Add(new(path, $"is {text.Length} characters long, fewer than the minimum of {min}"));
        }

        if (schema.TryGetProperty("pattern", out var pattern) && pattern.GetString() is { } regex && !Matches(regex, text))
        {
            errors.Add(new(path, $"\"{text}\" does not match the pattern {regex}"));
        }
    }

    private static void Range(decimal number, JsonElement schema, string path, List<SchemaError> errors)
    {
        if (Number(schema, "maximum") is { } max && number > max)
        {
            errors.Add(new(path, $"{number.ToString(CultureInfo.InvariantCulture)} is more than the maximum of {max.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (Number(schema, "minimum") is { } min && number < min)
        {
            errors.Add(new(path, $"{number.ToString(CultureInfo.InvariantCulture)} is less than the minimum of {min.ToString(CultureInfo.InvariantCulture)}"));
        }
    }

    private void Items(JsonElement array, JsonElement schema, string path, List<SchemaError> errors, int depth)
    {
        var count = array.GetArrayLength();
        if (Number(schema, "maxItems") is { } max && count > max)
        {
            errors.Add(new(path, $"has {count} items, more than the maximum of {max}"));
        }

        if (Number(schema, "minItems") is { } min && count < min)
        {
            errors.Add(new(path, $"has {count} items, fewer than the minimum of {min}"));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                Validate(item, items, $"{path}[{index++}]", errors, strict: true, depth + 1);
            }
        }
    }

    private void Properties(JsonElement value, JsonElement schema, string path, List<SchemaError> errors, bool strict, int depth)
    {
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add(new(path, $"required property '{name}' is missing"));
                }
            }
        }

        var declared = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object ? properties : default;
        var additional = schema.TryGetProperty("additionalProperties", out var extra) ? extra : default;
        var known = strict && additional.ValueKind == JsonValueKind.Undefined ? DeclaredNames(schema, depth) : null;
        foreach (var property in value.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(property.Value, propertySchema, at, errors, strict: true, depth + 1);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                errors.Add(new(at, "is not allowed: the schema declares additionalProperties: false"));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Validate(property.Value, additional, at, errors, strict: true, depth + 1);
            }
            else if (known is { Count: > 0 } && !known.Contains(property.Name))
            {
                errors.Add(new(at, $"is not a declared property (GitHub would ignore it); declared: {string.Join(", ", known.Order(StringComparer.Ordinal))}"));
            }
        }
    }

    /// <summary>The property names a schema and its allOf/anyOf/oneOf alternatives declare, where the alternatives split them.</summary>
    private HashSet<string> DeclaredNames(JsonElement schema, int depth)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return names;
        }

        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            names.UnionWith(properties.EnumerateObject().Select(p => p.Name));
        }

        foreach (var keyword in (string[])["allOf", "anyOf", "oneOf"])
        {
            if (schema.TryGetProperty(keyword, out var alternatives) && alternatives.ValueKind == JsonValueKind.Array)
            {
                foreach (var alternative in alternatives.EnumerateArray())
                {
                    names.UnionWith(DeclaredNames(alternative, depth + 1));
                }
            }
        }

        return names;
    }

    private void Composition(JsonElement value, JsonElement schema, string path, List<SchemaError> errors, int depth)
    {
        if (schema.TryGetProperty("allOf", out var all) && all.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in all.EnumerateArray())
            {
                Validate(value, part, path, errors, strict: false, depth + 1);
            }
        }

        foreach (var keyword in (string[])["anyOf", "oneOf"])
        {
            if (!schema.TryGetProperty(keyword, out var alternatives) || alternatives.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            List<SchemaError>? closest = null;
            foreach (var alternative in alternatives.EnumerateArray())
            {
                var attempt = new List<SchemaError>();
                Validate(value, alternative, path, attempt, strict: false, depth + 1);
                if (attempt.Count == 0)
                {
                    closest = null;
                    break;
                }

                closest = closest is null || attempt.Count < closest.Count ? attempt : closest;
            }

            if (closest is not null)
            {
                errors.Add(new(path, $"matches none of the {alternatives.GetArrayLength()} {keyword} alternatives; the closest fails as follows"));
                errors.AddRange(closest);
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        _ => true,
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {value.GetRawText()}",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        _ => value.GetRawText(),
    };

    private static bool SameValue(JsonElement option, JsonElement value) =>
        option.ValueKind == JsonValueKind.String && value.ValueKind == JsonValueKind.String
            ? option.GetString() == value.GetString()
            : option.ValueKind == value.ValueKind && option.GetRawText() == value.GetRawText();

    private static bool Flag(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var flag) && flag.ValueKind == JsonValueKind.True;

    private static decimal? Number(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var number) && number.ValueKind == JsonValueKind.Number ? number.GetDecimal() : null;

    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return true; // An ECMAScript pattern .NET cannot compile is not the request's fault.
        }
    }
}
