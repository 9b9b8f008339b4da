using System.Text.Json;

namespace Toolkit.Testing.JsonSchema;

/// <summary>
/// A JSON Schema validator for tests (draft-07 and the 2020-12 keywords our schemas use). Every failing keyword is
/// reported with the instance's JSON pointer; <c>$ref</c> is evaluated together with its sibling keywords.
/// </summary>
public sealed partial class JsonSchemaValidator
{
    private const int MaxDepth = 256;

    private readonly SchemaRegistry registry;

    public JsonSchemaValidator(SchemaRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        this.registry = registry;
    }

    /// <summary>Validates JSON text against the schema at <paramref name="schemaUri"/>.</summary>
    public IReadOnlyList<SchemaError> Validate(string json, Uri schemaUri)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Validate(document.RootElement, schemaUri);
    }

    /// <summary>Validates an instance against the schema at <paramref name="schemaUri"/>.</summary>
    /// <exception cref="ArgumentException">No schema is registered under that URI.</exception>
    public IReadOnlyList<SchemaError> Validate(JsonElement instance, Uri schemaUri)
    {
        ArgumentNullException.ThrowIfNull(schemaUri);
        if (!registry.TryResolve(schemaUri, out var node))
        {
            throw new ArgumentException($"No schema is registered as '{schemaUri}'.", nameof(schemaUri));
        }

        var errors = new List<SchemaError>();
        Check(instance, node, string.Empty, "#", errors, 0);
        return errors;
    }

    private void Check(JsonElement instance, SchemaNode node, string at, string schemaPath, List<SchemaError> errors, int depth)
    {
        if (depth > MaxDepth)
        {
            errors.Add(new SchemaError(at, "the schema recurses without end", schemaPath));
            return;
        }

        var schema = node.Schema;
        switch (schema.ValueKind)
        {
            case JsonValueKind.True:
                return;
            case JsonValueKind.False:
                errors.Add(new SchemaError(at, "no value is allowed here", schemaPath));
                return;
            case JsonValueKind.Object:
                break;
            default:
                errors.Add(new SchemaError(at, $"the schema is a {schema.ValueKind}, not an object or boolean", schemaPath));
                return;
        }

        var baseUri = SchemaRegistry.WithIdOf(schema, node.BaseUri);
        var context = new Context(instance, schema, baseUri, at, schemaPath, errors, depth);
        CheckReference(context);
        CheckGeneric(context);
        CheckCombinators(context);
        switch (instance.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(context);
                break;
            case JsonValueKind.Array:
                CheckArray(context);
                break;
            case JsonValueKind.String:
                CheckString(context);
                break;
            case JsonValueKind.Number:
                CheckNumber(context);
                break;
        }
    }

    private void CheckReference(Context c)
    {
        if (!c.Schema.TryGetProperty("$ref", out var reference) || reference.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var target = new Uri(c.BaseUri, reference.GetString()!);
        if (!registry.TryResolve(target, out var resolved))
        {
            c.Errors.Add(new SchemaError(c.At, $"$ref '{target}' does not resolve to a loaded schema", c.SchemaPath + "/$ref"));
            return;
        }

        Check(c.Instance, resolved, c.At, c.SchemaPath + "/$ref", c.Errors, c.Depth + 1);
    }

    /// <summary>Whether <paramref name="instance"/> matches <paramref name="schema"/>, collecting its errors aside.</summary>
    private List<SchemaError> Trial(Context c, JsonElement instance, JsonElement schema, string at, string schemaPath)
    {
        var errors = new List<SchemaError>();
        Check(instance, new SchemaNode(schema, c.BaseUri), at, schemaPath, errors, c.Depth + 1);
        return errors;
    }

    private void Sub(Context c, JsonElement instance, JsonElement schema, string at, string schemaPath) =>
        Check(instance, new SchemaNode(schema, c.BaseUri), at, schemaPath, c.Errors, c.Depth + 1);

    /// <summary>The state of one schema applied to one instance.</summary>
    private readonly record struct Context(
        JsonElement Instance,
        JsonElement Schema,
        Uri BaseUri,
        string At,
        string SchemaPath,
        List<SchemaError> Errors,
        int Depth)
    {
        public bool Has(string keyword, out JsonElement value) => Schema.TryGetProperty(keyword, out value);

        public void Fail(string keyword, string message) => Errors.Add(new SchemaError(At, message, SchemaPath + "/" + keyword));
    }
}
