using System.Globalization;
using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// Reads npm <c>package-lock.json</c> v2/v3 (the <c>packages</c> map): every installed package with its integrity hash,
/// license and dev flag; direct dependencies of the root and of each workspace; the graph resolved the way Node resolves
/// <c>require</c> (nearest <c>node_modules</c> first, then each parent).
/// </summary>
internal static class NpmLockReader
{
    private static readonly string[] DependencyKinds = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];

    /// <param name="installRoot">
    /// The repository root when reading the working tree: licenses the lockfile does not record are read from the
    /// installed <c>node_modules/*/package.json</c> when present. Null when reading a commit.
    /// </param>
    public static Lockfile Read(string relativePath, string text, string? installRoot = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = JsonLockfile.Parse(relativePath, text, requireObject: false);
        var root = document.RootElement;
        var lines = new LineIndex(text);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new LockfileException(relativePath, 1, $"{relativePath}:1: the lockfile is JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object with a 'packages' map; regenerate it with npm install.");
        }

        var version = root.TryGetProperty("lockfileVersion", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
        if (root.Obj("packages") is not { } packages)
        {
            var (line, _) = lines.Of("lockfileVersion");
            throw new LockfileException(relativePath, line, string.Create(CultureInfo.InvariantCulture,
                $"{relativePath}:{line}: lockfileVersion {version} has no 'packages' map; regenerate it with npm 7 or later (npm install --lockfile-version 3)."));
        }

        var entries = packages.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var direct = DirectNames(entries);
        var installed = installRoot is null ? null : new NpmInstalledPackages(installRoot, relativePath);
        var byPurl = new Dictionary<string, Component>(StringComparer.Ordinal);
        var packagesOffset = Math.Max(0, lines.OffsetOf("packages"));
        foreach (var (key, entry) in entries)
        {
            var marker = key.LastIndexOf("node_modules/", StringComparison.Ordinal);
            if (marker < 0)
            {
                continue;
            }

            var (line, column) = lines.Next(key, packagesOffset);
            var (sourceKey, source, workspace) = (key, entry, false);
            if (entry.Flag("link"))
            {
                // A workspace member: node_modules/<name> links to its folder, whose entry holds name and version.
                if (entry.Str("resolved") is not { } target || target.Contains("node_modules", StringComparison.Ordinal) ||
                    !entries.TryGetValue(target, out var member) || member.Str("version") is null)
                {
                    continue;
                }

                (sourceKey, source, workspace) = (target, member, true);
            }
            else if (entry.Str("version") is null)
            {
                throw new LockfileException(relativePath, line, string.Create(CultureInfo.InvariantCulture,
                    $"{relativePath}:{line}: package '{key}' has no version string ({Describe(entry)}); regenerate the lockfile with npm install."));
            }

            var name = source.Str("name") ?? key[(marker + "node_modules/".Length)..];
            var packageVersion = source.Str("version")!;
            var owner = marker == 0 ? string.Empty : key[..(marker - 1)];
            var isDirect = workspace || (!owner.Contains("node_modules", StringComparison.Ordinal) && direct.TryGetValue(owner, out var names) && names.Contains(name));
            var hash = ComponentHash.FromIntegrity(source.Str("integrity"));
            var (vcs, download) = workspace ? (null, null) : NpmResolved.Classify(source.Str("resolved"));
            var license = source.Str("license");
            var note = (string?)null;
            if (license is null)
            {
                (license, note) = installed is null
                    ? (null, $"{relativePath} does not record it")
                    : installed.License(sourceKey);
            }

            var component = new Component(Ecosystem.Npm, name, packageVersion, isDirect, source.Flag("dev"), new ComponentLocation(relativePath, line, column))
            {
                Hashes = hash is null ? [] : [hash],
                License = license,
                LicenseNote = note,
                Optional = source.Flag("optional") || source.Flag("devOptional"),
                Bundled = source.Flag("inBundle"),
                Workspace = workspace,
                VcsUrl = vcs,
                DownloadUrl = download,
                DependsOn = [.. DependsOn(entries, sourceKey, source)],
            };
            byPurl[component.Purl] = byPurl.TryGetValue(component.Purl, out var existing) ? existing.MergedWith(component) : component;
        }

        var project = root.Str("name") ?? (entries.TryGetValue(string.Empty, out var r) ? r.Str("name") : null) ?? relativePath;
        return new Lockfile(relativePath, project, byPurl.Values.ToList());
    }

    private static string Describe(JsonElement entry) =>
        entry.ValueKind != JsonValueKind.Object ? $"the entry is JSON {entry.ValueKind.ToString().ToLowerInvariant()}"
        : entry.TryGetProperty("version", out var version) ? $"'version' is JSON {version.ValueKind.ToString().ToLowerInvariant()}"
        : "'version' is missing";

    private static SortedSet<string> DependsOn(Dictionary<string, JsonElement> entries, string key, JsonElement entry)
    {
        var dependsOn = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var kind in DependencyKinds)
        {
            if (entry.Obj(kind) is { } deps)
            {
                foreach (var dep in deps.EnumerateObject())
                {
                    if (Resolve(entries, key, dep.Name) is { } target && target.Str("version") is { } depVersion)
                    {
                        var (vcs, download) = NpmResolved.Classify(target.Str("resolved"));
                        dependsOn.Add(Purls.For(Ecosystem.Npm, target.Str("name") ?? dep.Name, depVersion) + Purls.Qualifiers(("download_url", download), ("vcs_url", vcs)));
                    }
                }
            }
        }

        return dependsOn;
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
