using System.Globalization;
using System.Text.Json;

namespace Toolkit.Testing.JsonSchema;

public sealed partial class JsonSchemaValidator
{
    private void CheckObject(Context c)
    {
        var instance = c.Instance;
        var names = instance.EnumerateObject().Select(p => p.Name).ToList();

        if (c.Has("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !instance.TryGetProperty(n, out _)))
            {
                c.Fail("required", $"'{name}' is required");
            }
        }

        var evaluated = new HashSet<string>(StringComparer.Ordinal);
        if (c.Has("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (instance.TryGetProperty(property.Name, out var value))
                {
                    evaluated.Add(property.Name);
                    Sub(c, value, property.Value, JsonPointer.Append(c.At, property.Name), JsonPointer.Append(c.SchemaPath + "/properties", property.Name));
                }
            }
        }

        if (c.Has("patternProperties", out var patterns))
        {
            foreach (var pattern in patterns.EnumerateObject())
            {
                var regex = RegexCache.Get(pattern.Name);
                foreach (var property in instance.EnumerateObject().Where(p => regex.IsMatch(p.Name)))
                {
                    evaluated.Add(property.Name);
                    Sub(c, property.Value, pattern.Value, JsonPointer.Append(c.At, property.Name), JsonPointer.Append(c.SchemaPath + "/patternProperties", pattern.Name));
                }
            }
        }

        if (c.Has("additionalProperties", out var additional))
        {
            foreach (var property in instance.EnumerateObject().Where(p => !evaluated.Contains(p.Name)))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    c.Fail("additionalProperties", $"'{property.Name}' is not allowed here");
                }
                else
                {
                    Sub(c, property.Value, additional, JsonPointer.Append(c.At, property.Name), c.SchemaPath + "/additionalProperties");
                }
            }
        }

        if (c.Has("propertyNames", out var propertyNames))
        {
            foreach (var name in names)
            {
                using var nameDocument = JsonDocument.Parse(JsonSerializer.Serialize(name));
                foreach (var error in Trial(c, nameDocument.RootElement, propertyNames, c.At, c.SchemaPath + "/propertyNames"))
                {
                    c.Errors.Add(error with { Message = $"property name '{name}': {error.Message}" });
                }
            }
        }

        CheckDependencies(c);

        if (c.Has("minProperties", out var minProperties) && names.Count < minProperties.GetInt32())
        {
            c.Fail("minProperties", string.Create(CultureInfo.InvariantCulture, $"has {names.Count} properties, fewer than {minProperties.GetInt32()}"));
        }

        if (c.Has("maxProperties", out var maxProperties) && names.Count > maxProperties.GetInt32())
        {
            c.Fail("maxProperties", string.Create(CultureInfo.InvariantCulture, $"has {names.Count} properties, more than {maxProperties.GetInt32()}"));
        }
    }

    private void CheckDependencies(Context c)
    {
        foreach (var keyword in (string[])["dependencies", "dependentRequired", "dependentSchemas"])
        {
            if (!c.Has(keyword, out var dependencies))
            {
                continue;
            }

            foreach (var dependency in dependencies.EnumerateObject().Where(d => c.Instance.TryGetProperty(d.Name, out _)))
            {
                if (dependency.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var name in dependency.Value.EnumerateArray().Select(n => n.GetString()!).Where(n => !c.Instance.TryGetProperty(n, out _)))
                    {
                        c.Fail(keyword, $"'{name}' is required when '{dependency.Name}' is present");
                    }
                }
                else
                {
                    Sub(c, c.Instance, dependency.Value, c.At, JsonPointer.Append($"{c.SchemaPath}/{keyword}", dependency.Name));
                }
            }
        }
    }
}
