namespace Toolkit.Gates.Policy.Alerts.Coverage;

/// <summary>
/// Reads the golden path names from slo-gates' golden paths file without depending on slo-gates: the toolkit's own
/// <c>golden_paths:</c> entries that have SLIs, and one path per service of the upstream formats slo-gates reads
/// (Sloth <c>service</c>, OpenSLO <c>spec.service</c>, Pyrra <c>metadata.name</c>), as slo-gates groups them.
/// </summary>
internal static class GoldenPathNames
{
    public static (IReadOnlyList<GoldenPathName> Paths, string? Error) Read(string path, string text)
    {
        var yaml = YamlFile.Parse(path, text, out var error);
        if (yaml is null)
        {
            return ([], error is null ? $"{path} is not YAML" : $"{error.Path}:{error.Line}:{error.Column}: {error.Message}");
        }

        var paths = new List<GoldenPathName>();
        foreach (var document in yaml.Documents)
        {
            var objects = document.RootNode is YamlSequenceNode list ? list.Children : [document.RootNode];
            foreach (var root in objects)
            {
                Collect(path, root, paths);
            }
        }

        return (paths.GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First()).ToList(), null);
    }

    private static void Collect(string file, YamlNode root, List<GoldenPathName> paths)
    {
        foreach (var entry in root.Get("golden_paths").Items().Where(e => e.Get("slis").Items().Any()))
        {
            Add(file, entry.Get("name"), paths);
        }

        var apiVersion = root.Text("apiVersion") ?? string.Empty;
        if (root.Text("version") == "prometheus/v1")
        {
            Add(file, root.Get("service"), paths);
        }
        else if (apiVersion.StartsWith("sloth.slok.dev/", StringComparison.Ordinal) || (apiVersion.StartsWith("openslo/", StringComparison.Ordinal) && root.Text("kind") == "SLO"))
        {
            Add(file, root.Path("spec", "service"), paths);
        }
        else if (apiVersion.StartsWith("pyrra.dev/", StringComparison.Ordinal))
        {
            Add(file, root.Path("metadata", "name"), paths);
        }
    }

    private static void Add(string file, YamlNode? name, List<GoldenPathName> paths)
    {
        if (name is YamlScalarNode { Value: { Length: > 0 } value } scalar)
        {
            paths.Add(new GoldenPathName(value, file, (int)scalar.Start.Line, (int)scalar.Start.Column));
        }
    }
}
