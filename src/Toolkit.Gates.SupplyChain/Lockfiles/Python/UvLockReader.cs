using Tomlyn.Model;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Python;

/// <summary>
/// Reads <c>uv.lock</c>: packages from a registry, git, URL or path <c>source</c> are components (sdist hash, else
/// wheel hashes; <c>dependencies</c>, <c>optional-dependencies</c> and <c>dev-dependencies</c> as the graph). The
/// project's own packages (<c>source = { editable | virtual }</c>) are not: what they depend on is direct, and what is
/// reachable only through their <c>dev-dependencies</c> groups is development.
/// </summary>
internal static class UvLockReader
{
    private const string Fix = "regenerate it with `uv lock`";

    public static Lockfile Read(string path, string text)
    {
        var document = TomlLockfile.Parse(path, text, Fix);
        var builder = new LockfileBuilder(path, Ecosystem.PyPI);
        var packages = PythonPackages.Collect(builder, document, TomlLockfile.PackageLines(text), Fix, versionOptional: true);
        var production = new List<string>();
        var development = new List<string>();
        string? project = null;
        foreach (var (table, name, version, line) in packages)
        {
            var source = table.Table("source");
            var runtime = Names(table.Items("dependencies")).Concat(Groups(table.Table("optional-dependencies")));
            var dev = Groups(table.Table("dev-dependencies"));
            if (source is null || source.ContainsKey("editable") || source.ContainsKey("virtual"))
            {
                project ??= name;
                production.AddRange(runtime.SelectMany(d => PythonPackages.Resolve(builder, packages, d)));
                development.AddRange(dev.SelectMany(d => PythonPackages.Resolve(builder, packages, d)));
                continue;
            }

            if (version.Length == 0)
            {
                throw builder.Error(line, $"package '{name}' has no 'version'", Fix);
            }

            var sdist = table.Table("sdist");
            var wheels = table.Items("wheels").OfType<TomlTable>().Select(w => ((string?)null, w.Text("hash")));
            builder.Add(name, version, line, new ComponentTraits
            {
                Hashes = sdist?.Text("hash") is { } hash ? PythonHashes.Choose([("sdist.tar.gz", hash)]) : PythonHashes.Choose(wheels),
                DependsOn = runtime.Concat(dev).SelectMany(d => PythonPackages.Resolve(builder, packages, d)).ToList(),
                Origin = Origin(source),
            });
        }

        DependencyScopes.Apply(builder, production, development);
        return builder.Build(project ?? path);
    }

    /// <summary>Where a non-registry package comes from; null for a registry.</summary>
    private static string? Origin(TomlTable source) =>
        source.Text("git") is { } git ? "git+" + git
        : source.Text("url") is { } url ? url
        : (source.Text("path") ?? source.Text("directory")) is { } local ? "file:" + local
        : null;

    private static IEnumerable<string> Names(IEnumerable<object> dependencies) =>
        dependencies.OfType<TomlTable>().Select(d => d.Text("name")).OfType<string>();

    private static IEnumerable<string> Groups(TomlTable? groups) =>
        groups is null ? [] : groups.Keys.SelectMany(g => Names(groups.Items(g)));
}
