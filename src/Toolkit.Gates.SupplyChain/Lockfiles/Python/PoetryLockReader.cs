using Tomlyn.Model;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Python;

/// <summary>
/// Reads <c>poetry.lock</c>: every <c>[[package]]</c> with its version, <c>optional</c> flag, development scope
/// (<c>category = "dev"</c> in Poetry 1, <c>groups</c> without <c>main</c> in Poetry 2), file hashes and
/// <c>[package.dependencies]</c>; <c>[package.source]</c> of type git, directory, file or url records where it comes from.
/// poetry.lock does not say which packages the project asks for: the <c>direct</c> names (from pyproject.toml) does.
/// </summary>
internal static class PoetryLockReader
{
    private const string Fix = "regenerate it with `poetry lock`";

    public static Lockfile Read(string path, string text, IReadOnlySet<string> direct)
    {
        var document = TomlLockfile.Parse(path, text, Fix);
        var lines = TomlLockfile.PackageLines(text);
        var builder = new LockfileBuilder(path, Ecosystem.PyPI);
        var packages = PythonPackages.Collect(builder, document, lines, Fix);
        var legacyFiles = document.Table("metadata")?.Table("files");
        foreach (var (table, name, version, line) in packages)
        {
            var groups = table.Items("groups").OfType<string>().ToList();
            var development = table.Text("category") == "dev" || (groups.Count > 0 && !groups.Contains("main"));
            var files = table.Items("files").OfType<TomlTable>()
                .Concat(legacyFiles?.Items(name).OfType<TomlTable>() ?? [])
                .Select(f => (f.Text("file"), f.Text("hash")));
            var dependsOn = table.Table("dependencies")?.Keys.SelectMany(d => PythonPackages.Resolve(builder, packages, d)) ?? [];
            builder.Add(name, version, line, new ComponentTraits
            {
                Direct = direct.Contains(PythonPackages.Normalize(name)),
                Development = development,
                Optional = table.Flag("optional"),
                Hashes = PythonHashes.Choose(files),
                DependsOn = dependsOn.ToList(),
                Origin = Source(table.Table("source")),
            });
        }

        return builder.Build(path);
    }

    private static string? Source(TomlTable? source) => source?.Text("type") switch
    {
        null or "legacy" => null,
        "git" => "git+" + source.Text("url") + (source.Text("resolved_reference") is { } commit ? "@" + commit : string.Empty),
        "directory" or "file" => "file:" + source.Text("url"),
        _ => source.Text("url"),
    };
}
