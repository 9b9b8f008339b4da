using System.Text.Json;
using System.Text.RegularExpressions;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>Each starter template has the metadata file GitHub shows it with (name, description, icon, categories, file patterns).</summary>
public sealed partial class TemplatePropertiesTests
{
    public static TheoryData<string> Templates => [.. TemplateFiles.Templates()];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Has_a_valid_properties_file(string template)
    {
        // Given the template's <name>.properties.json beside it
        var path = Path.ChangeExtension(RepositoryPaths.InRepo(template), ".properties.json");
        Assert.True(File.Exists(path), $"{template} has no {Path.GetFileName(path)}");

        // When it is read as JSON
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;

        // Then it names, describes, decorates, files and finds the template
        Assert.False(string.IsNullOrWhiteSpace(Text(root, "name")), "name");
        Assert.False(string.IsNullOrWhiteSpace(Text(root, "description")), "description");
        var icon = Text(root, "iconName");
        Assert.True(IsIcon(icon), $"iconName '{icon}' is neither 'octicon <name>' nor an SVG in {TemplateFiles.TemplatesFolder}/");
        var categories = Strings(root, "categories");
        Assert.NotEmpty(categories);
        Assert.All(categories, c => Assert.False(string.IsNullOrWhiteSpace(c)));
        Assert.All(Strings(root, "filePatterns"), pattern => _ = new Regex(pattern));
    }

    [Fact]
    public void Every_properties_file_belongs_to_a_template()
    {
        var templates = TemplateFiles.Templates().Select(t => Path.GetFileNameWithoutExtension(t)).ToList();
        var properties = TemplateFiles.List(TemplateFiles.TemplatesFolder, "*.properties.json")
            .Select(p => Path.GetFileName(p)[..^".properties.json".Length]).ToList();

        Assert.Equal(templates, properties);
    }

    [Fact]
    public void Template_names_are_unique()
    {
        var names = TemplateFiles.List(TemplateFiles.TemplatesFolder, "*.properties.json")
            .Select(Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    private static bool IsIcon(string? icon) =>
        icon is not null && (Octicon().IsMatch(icon) || File.Exists(RepositoryPaths.InRepo(TemplateFiles.TemplatesFolder, icon + ".svg")));

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement root, string name)
    {
        Assert.True(root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array, $"{name} must be an array");
        Assert.All(value.EnumerateArray(), e => Assert.Equal(JsonValueKind.String, e.ValueKind));
        return [.. value.EnumerateArray().Select(e => e.GetString()!)];
    }

    private static string? Name(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepo(path)));
        return Text(json.RootElement, "name");
    }

    [GeneratedRegex("^octicon [a-z0-9-]+$")]
    private static partial Regex Octicon();
}
