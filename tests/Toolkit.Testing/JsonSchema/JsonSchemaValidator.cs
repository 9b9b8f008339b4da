using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LibrarySchema = Json.Schema.JsonSchema;

namespace Toolkit.Testing.JsonSchema;

/// <summary>
/// Validates JSON against a set of schemas with JsonSchema.Net (drafts 6, 7, 2019-09 and 2020-12; formats are
/// enforced). Every failing keyword comes back as a <see cref="SchemaError"/> naming the instance's JSON pointer.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly Uri Draft07 = new("http://json-schema.org/draft-07/schema#");

    private readonly BuildOptions build = new() { SchemaRegistry = new SchemaRegistry() };

    /// <summary>Loads a schema file, registered under its <c>$id</c> (else its file URI); returns that URI.</summary>
    public Uri Load(string path) => Add(File.ReadAllText(path), new Uri(Path.GetFullPath(path)));

    /// <summary>Loads every schema in <paramref name="directory"/> matching <paramref name="pattern"/>.</summary>
    public void LoadDirectory(string directory, string pattern)
    {
        foreach (var path in Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal))
        {
            Load(path);
        }
    }

    /// <summary>
    /// Registers schema text under its <c>$id</c>, else <paramref name="id"/>, else a generated URI; returns the URI.
    /// A draft-04 schema (SARIF's) is read as draft-07, which the library supports and which reads it the same way
    /// when, as there, it uses neither boolean exclusive bounds nor <c>id</c> for references.
    /// </summary>
    public Uri Add(string text, Uri? id = null)
    {
        var node = JsonNode.Parse(text) ?? throw new ArgumentException("The schema is JSON null.", nameof(text));
        if (node is JsonObject root && root["$schema"]?.GetValue<string>() is { } dialect && dialect.Contains("draft-04", StringComparison.Ordinal))
        {
            root["$schema"] = Draft07.ToString();
            root.Remove("id");
        }

        var declared = node is JsonObject withId && withId["$id"]?.GetValue<string>() is { } value ? new Uri(value) : null;
        var uri = declared ?? id ?? new Uri($"https://toolkit.test/schemas/{Guid.NewGuid():N}.json");
        var schema = LibrarySchema.FromText(node.ToJsonString(), build, uri);
        build.SchemaRegistry.Register(uri, schema);
        return uri;
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
        if (build.SchemaRegistry.Get(schemaUri) is not LibrarySchema schema)
        {
            throw new ArgumentException($"No schema is registered as '{schemaUri}'.", nameof(schemaUri));
        }

        EvaluationResults results;
        try
        {
            results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true });
        }
        catch (RefResolutionException ex)
        {
            return [new SchemaError(string.Empty, $"a $ref does not resolve: {ex.Message}", "$ref")];
        }

        var errors = new List<SchemaError>();
        Collect(results, errors);
        return errors.Distinct().ToList();
    }

    /// <summary>
    /// The errors of failing nodes reached through failing nodes only: a branch that failed under an <c>anyOf</c> that
    /// passed is no error. A node that fails with no message of its own and no failing child (<c>oneOf</c> with two
    /// matches, <c>not</c>) is reported where it failed.
    /// </summary>
    private static void Collect(EvaluationResults node, List<SchemaError> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        var before = errors.Count;
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add(new SchemaError(node.InstanceLocation.ToString(), message, $"{node.EvaluationPath}/{keyword}".TrimEnd('/')));
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }

        if (errors.Count == before)
        {
            errors.Add(new SchemaError(node.InstanceLocation.ToString(), "does not match the schema here", node.EvaluationPath.ToString()));
        }
    }
}
