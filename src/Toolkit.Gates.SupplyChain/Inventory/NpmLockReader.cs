using System.Globalization;
using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// Reads npm <c>package-lock.json</c> v2/v3 (the <c>packages</c> map): every installed package with its integrity hash,
/// license and dev flag; direct dependencies of the root and of each workspace; the graph resolved the way Node resolves
/// <c>require</c> (nearest <c>node_modules</c> first, then each parent).
/// </summary>
public static class NpmLockReader
{
    private static readonly string[] DependencyKinds = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];

    public static Lockfile Read(string relativePath, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = JsonLockfile.Parse(relativePath, text);
        var root = document.RootElement;
        var lines = new LineIndex(text);
        var version = root.TryGetProperty("lockfileVersion", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
        if (root.Obj("packages") is not { } packages)
        {
            var (line, _) = lines.Of("lockfileVersion");
            throw new LockfileException(relativePath, line, string.Create(CultureInfo.InvariantCulture,
                $"{relativePath}:{line}: lockfileVersion {version} has no 'packages' map; regenerate it with npm 7 or later (npm install --lockfile-version 3)."));
        }

        var entries = packages.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var direct = DirectNames(entries);
        var byPurl = new Dictionary<string, Component>(StringComparer.Ordinal);
        var packagesOffset = Math.Max(0, lines.OffsetOf("packages"));
        foreach (var (key, entry) in entries)
        {
            var marker = key.LastIndexOf("node_modules/", StringComparison.Ordinal);
            if (marker < 0 || entry.Flag("link") || entry.Str("version") is not { } packageVersion)
            {
                continue;
            }

            var name = entry.Str("name") ?? key[(marker + "node_modules/".Length)..];
            var owner = marker == 0 ? string.Empty : key[..(marker - 1)];
            var isDirect = !owner.Contains("node_modules", StringComparison.Ordinal) && direct.TryGetValue(owner, out var names) && names.Contains(name);
            var dependsOn = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var kind in DependencyKinds)
            {
                if (entry.Obj(kind) is { } deps)
                {
                    foreach (var dep in deps.EnumerateObject())
                    {
                        if (Resolve(entries, key, dep.Name) is { } target && target.Str("version") is { } depVersion)
                        {
                            dependsOn.Add(Purls.For(Ecosystem.Npm, target.Str("name") ?? dep.Name, depVersion));
                        }
                    }
                }
            }

            var purl = Purls.For(Ecosystem.Npm, name, packageVersion);
            if (byPurl.TryGetValue(purl, out var existing))
            {
                byPurl[purl] = existing with
                {
                    Direct = existing.Direct || isDirect,
                    Development = existing.Development && entry.Flag("dev"),
                    DependsOn = existing.DependsOn.Union(dependsOn).Order(StringComparer.Ordinal).ToList(),
                };
                continue;
            }

            var (line, column) = lines.Next(key, packagesOffset);
            var hash = ComponentHash.FromIntegrity(entry.Str("integrity"));
            byPurl[purl] = new Component(Ecosystem.Npm, name, packageVersion, isDirect, entry.Flag("dev"), new ComponentLocation(relativePath, line, column))
            {
                Hashes = hash is null ? [] : [hash],
                License = entry.Str("license"),
                DependsOn = [.. dependsOn],
            };
        }

        var project = root.Str("name") ?? (entries.TryGetValue(string.Empty, out var r) ? r.Str("name") : null) ?? relativePath;
        return new Lockfile(relativePath, project, byPurl.Values.ToList());
    }

    /// <summary>Workspace folder ("" for the root) to the names it depends on directly.</summary>
    private static Dictionary<string, HashSet<string>> DirectNames(Dictionary<string, JsonElement> entries)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, entry) in entries)
        {
            if (key.Contains("node_modules", StringComparison.Ordinal))
            {
                continue;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kind in DependencyKinds)
            {
                if (entry.Obj(kind) is { } deps)
                {
                    names.UnionWith(deps.EnumerateObject().Select(d => d.Name));
                }
            }

            result[key] = names;
            if (key.Length > 0)
            {
                // Workspace dependencies are usually hoisted to the root node_modules: direct there too.
                result.TryAdd(string.Empty, []);
                result[string.Empty].UnionWith(names);
            }
        }

        return result;
    }

    private static JsonElement? Resolve(Dictionary<string, JsonElement> entries, string from, string dependency)
    {
        var scope = from;
        while (true)
        {
            var candidate = (scope.Length == 0 ? string.Empty : scope + "/") + "node_modules/" + dependency;
            if (entries.TryGetValue(candidate, out var found))
            {
                if (found.Flag("link") && found.Str("resolved") is { } target && entries.TryGetValue(target, out var linked))
                {
                    return linked.Str("version") is null ? null : linked;
                }

                return found;
            }

            if (scope.Length == 0)
            {
                return null;
            }

            var marker = scope.LastIndexOf("/node_modules/", StringComparison.Ordinal);
            scope = marker >= 0 ? scope[..marker] : string.Empty;
        }
    }
}
