using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// Reads <c>obj/project.assets.json</c> (what <c>dotnet restore</c> writes): packages with their SHA-512, the
/// per-framework dependency graph, which packages the project references directly, and licenses from nuspecs.
/// </summary>
internal static class AssetsFileReader
{
    public static Lockfile Read(string relativePath, string text, NuspecLicenses licenses)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(licenses);
        using var document = JsonLockfile.Parse(relativePath, text);
        var root = document.RootElement;
        var lines = new LineIndex(text);
        var libraries = root.Obj("libraries") ?? throw new LockfileException(relativePath, 1, $"{relativePath}: no 'libraries' object; this is not a project.assets.json. Run dotnet restore.");
        var project = root.Obj("project");
        var projectName = project?.Obj("restore")?.Str("projectName") ?? Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(relativePath))) ?? relativePath;
        var folders = root.Obj("packageFolders") is { } pf ? pf.EnumerateObject().Select(p => p.Name).ToList() : [];

        var direct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (project?.Obj("frameworks") is { } frameworks)
        {
            foreach (var framework in frameworks.EnumerateObject())
            {
                if (framework.Value.Obj("dependencies") is { } deps)
                {
                    foreach (var dep in deps.EnumerateObject())
                    {
                        if (dep.Value.Str("target") is null or "Package")
                        {
                            direct.Add(dep.Name);
                        }
                    }
                }
            }
        }

        var graph = Graph(root);
        var libraryStart = lines.OffsetOf("libraries");
        var components = new List<Component>();
        foreach (var library in libraries.EnumerateObject())
        {
            if (library.Value.Str("type") != "package" || library.Name.Split('/') is not [var id, var version])
            {
                continue;
            }

            var (line, column) = lines.Next(library.Name, Math.Max(libraryStart, 0));
            var (expression, url, note) = licenses.Find(id, version, folders);
            var hash = library.Value.Str("sha512") is { } sha ? ComponentHash.FromBase64("SHA-512", sha) : null;
            components.Add(new Component(Ecosystem.NuGet, id, version, direct.Contains(id), false, new ComponentLocation(relativePath, line, column))
            {
                Hashes = hash is null ? [] : [hash],
                License = expression,
                LicenseUrl = url,
                LicenseNote = note,
                DependsOn = graph.TryGetValue(library.Name.ToLowerInvariant(), out var deps) ? deps.Order(StringComparer.Ordinal).ToList() : [],
            });
        }

        return new Lockfile(relativePath, projectName, components);
    }

    /// <summary>"name/version" (lower case) to the purls of its dependencies, resolved per target framework.</summary>
    private static Dictionary<string, HashSet<string>> Graph(JsonElement root)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (root.Obj("targets") is not { } targets)
        {
            return graph;
        }

        foreach (var target in targets.EnumerateObject())
        {
            var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in target.Value.EnumerateObject())
            {
                if (entry.Value.Str("type") == "package" && entry.Name.Split('/') is [var n, var v])
                {
                    byName[n] = Purls.For(Ecosystem.NuGet, n, v);
                }
            }

            foreach (var entry in target.Value.EnumerateObject())
            {
                if (entry.Value.Str("type") != "package" || entry.Value.Obj("dependencies") is not { } deps)
                {
                    continue;
                }

                var key = entry.Name.ToLowerInvariant();
                if (!graph.TryGetValue(key, out var set))
                {
                    graph[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                foreach (var dep in deps.EnumerateObject())
                {
                    if (byName.TryGetValue(dep.Name, out var purl))
                    {
                        set.Add(purl);
                    }
                }
            }
        }

        return graph;
    }
}
