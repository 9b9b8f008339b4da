namespace Toolkit.Testing.JsonSchema;

/// <summary>
/// The schemas tests validate against, loaded once: the repository's own (<c>schemas/</c>) and the shared CycloneDX 1.6
/// set (<c>../shared/contracts/cyclonedx</c>).
/// </summary>
public static class KnownSchemas
{
    private static readonly Lazy<JsonSchemaValidator> Shared = new(() =>
    {
        var registry = new SchemaRegistry();
        registry.Load(RepositoryPaths.InRepo("schemas", "verdict.schema.json"));
        registry.Load(RepositoryPaths.InRepo("schemas", "gates.schema.json"));
        var cyclonedx = Path.Combine(RepositoryPaths.Contracts, "cyclonedx");
        if (Directory.Exists(cyclonedx))
        {
            registry.LoadDirectory(cyclonedx, "*.schema.json");
        }

        return new JsonSchemaValidator(registry);
    });

    public static Uri Verdict { get; } = new("https://toolkit.dev/schemas/verdict.schema.json");

    public static Uri Gates { get; } = new("https://toolkit.dev/schemas/gates.schema.json");

    public static Uri CycloneDx16 { get; } = new("http://cyclonedx.org/schema/bom-1.6.schema.json");

    /// <summary>A validator over every known schema.</summary>
    public static JsonSchemaValidator Validator => Shared.Value;
}
