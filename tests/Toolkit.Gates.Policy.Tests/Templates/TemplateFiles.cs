using Toolkit.Gates.Policy.Yaml;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>The workflow templates (workflows-templates/) and the repository's own workflows, the reusable one included.</summary>
internal static class TemplateFiles
{
    public const string TemplatesFolder = "workflows-templates";

    public const string Reusable = ".github/workflows/gates-reusable.yml";

    public const string Gates = "workflows-templates/gates.yml";

    public const string Publish = "workflows-templates/gates-publish.yml";

    public const string Protect = "workflows-templates/protect.yml";

    /// <summary>Repository-relative paths of the starter templates.</summary>
    public static IReadOnlyList<string> Templates() => List(TemplatesFolder, "*.yml");

    /// <summary>The templates and every workflow in .github/workflows.</summary>
    public static IReadOnlyList<string> Workflows() => [.. Templates(), .. List(".github/workflows", "*.yml")];

    public static IReadOnlyList<string> List(string folder, string pattern) =>
        [.. Directory.EnumerateFiles(RepositoryPaths.InRepo(folder), pattern)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static YamlFile Load(string path)
    {
        var file = YamlFile.Parse(path, File.ReadAllText(RepositoryPaths.InRepo(path)), out var error);
        Assert.True(file is not null, $"{path} is not YAML: {error}");
        return file;
    }

    public static YamlDotNet.RepresentationModel.YamlNode Root(string path) => Load(path).Documents[0].RootNode;
}
