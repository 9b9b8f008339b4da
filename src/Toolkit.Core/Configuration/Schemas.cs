namespace Toolkit.Core.Configuration;

/// <summary>The JSON Schemas the toolkit publishes (schemas/ in the repository), embedded so the CLI can print them.</summary>
public static class Schemas
{
    /// <summary>The resource name of <c>gates.schema.json</c>, the schema of <c>.github/gates.yml</c>.</summary>
    public const string Gates = "Toolkit.Core.gates.schema.json";

    /// <summary>The resource name of <c>verdict.schema.json</c>, the schema of verdict files.</summary>
    public const string Verdict = "Toolkit.Core.verdict.schema.json";

    /// <summary>The text of the embedded schema <paramref name="name"/> (<see cref="Gates"/> or <see cref="Verdict"/>).</summary>
    /// <exception cref="ArgumentException">No schema of that name is embedded.</exception>
    public static string Read(string name)
    {
        using var stream = typeof(Schemas).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"No embedded schema '{name}'.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
