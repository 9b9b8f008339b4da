namespace Toolkit.Testing.JsonSchema;

/// <summary>
/// The schemas tests validate against, loaded once: the repository's own (<c>schemas/</c>) and the shared CycloneDX 1.6
/// set (<c>../shared/contracts/cyclonedx</c>).
/// </summary>
public static class KnownSchemas
{
    private static readonly Lazy<JsonSchemaValidator> Shared = new(() =>
    {
        var validator = new JsonSchemaValidator();
        validator.Load(RepositoryPaths.InRepo("schemas", "verdict.schema.json"));
        validator.Load(RepositoryPaths.InRepo("schemas", "gates.schema.json"));
        var cyclonedx = Path.Combine(RepositoryPaths.Contracts, "cyclonedx");
        if (Directory.Exists(cyclonedx))
        {
            validator.LoadDirectory(cyclonedx, "*.schema.json");
        }

        return validator;
    });

    public static Uri Verdict { get; } = new("https://toolkit.dev/schemas/verdict.schema.json");

    public static Uri Gates { get; } = new("https://toolkit.dev/schemas/gates.schema.json");

    public static Uri CycloneDx16 { get; } = new("http://cyclonedx.org/schema/bom-1.6.schema.json");

    /// <summary>A validator over every known schema.</summary>
    public static JsonSchemaValidator Validator => Shared.Value;
}
