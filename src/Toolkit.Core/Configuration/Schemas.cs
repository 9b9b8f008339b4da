namespace Toolkit.Core.Configuration;

/// <summary>The JSON Schemas the toolkit publishes (schemas/ in the repository), embedded so the CLI can print them.</summary>
public static class Schemas
{
    public const string Gates = "Toolkit.Core.gates.schema.json";

    public const string Verdict = "Toolkit.Core.verdict.schema.json";

    public static string Read(string name)
    {
        using var stream = typeof(Schemas).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"No embedded schema '{name}'.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
