using System.Text.Json;
using System.Text.RegularExpressions;
using Tomlyn.Model;

namespace Toolkit.Gates.SupplyChain.Lockfiles;

/// <summary>
/// The package names a manifest asks for, for lockfiles that do not record them: <c>pyproject.toml</c> beside
/// poetry.lock (Poetry's dependency tables and groups, PEP 621 <c>dependencies</c>) and <c>composer.json</c> beside
/// composer.lock (<c>require</c>, <c>require-dev</c>). A manifest that cannot be read only costs the direct marks.
/// </summary>
internal static partial class DirectNames
{
    public static IReadOnlySet<string> FromPyproject(string? text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (text is null)
        {
            return names;
        }

        TomlTable document;
        try
        {
            document = Tomlyn.TomlSerializer.Deserialize<TomlTable>(text) ?? [];
        }
        catch (Tomlyn.TomlException)
        {
            return names;
        }

        var poetry = document.Table("tool")?.Table("poetry");
        var tables = new List<TomlTable?> { poetry?.Table("dependencies"), poetry?.Table("dev-dependencies") };
        tables.AddRange(poetry?.Table("group") is { } groups ? groups.Keys.Select(g => groups.Table(g)?.Table("dependencies")) : []);
        foreach (var table in tables.OfType<TomlTable>())
        {
            names.UnionWith(table.Keys.Where(k => k != "python").Select(Python.PythonPackages.Normalize));
        }

        var project = document.Table("project");
        var requirements = (project?.Items("dependencies") ?? []).Concat(
            project?.Table("optional-dependencies") is { } extras ? extras.Keys.SelectMany(e => extras.Items(e)) : []);
        foreach (var requirement in requirements.OfType<string>())
        {
            if (RequirementName().Match(requirement) is { Success: true } match)
            {
                names.Add(Python.PythonPackages.Normalize(match.Value));
            }
        }

        return names;
    }

    public static IReadOnlySet<string> FromComposerJson(string? text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var document = text is null ? null : JsonDocument.Parse(text);
            foreach (var kind in new[] { "require", "require-dev" })
            {
                if (document?.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(kind, out var map) && map.ValueKind == JsonValueKind.Object)
                {
                    names.UnionWith(map.EnumerateObject().Select(p => p.Name.ToLowerInvariant()));
                }
            }
        }
        catch (JsonException)
        {
            names.Clear();
        }

        return names;
    }

    [GeneratedRegex(@"^\s*[A-Za-z0-9][A-Za-z0-9._-]*")]
    private static partial Regex RequirementName();
}
