using Tomlyn.Model;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Cargo;

/// <summary>
/// Reads <c>Cargo.lock</c> (v1 to v4): every <c>[[package]]</c> that comes from a registry or git (<c>source</c>) is a
/// crate, with its SHA-256 <c>checksum</c> and its <c>dependencies</c> (<c>"name"</c>, <c>"name version"</c> or
/// <c>"name version (source)"</c>); packages without a source are the workspace's own crates: what they depend on is direct.
/// </summary>
internal static class CargoLockReader
{
    private const string Fix = "regenerate it with `cargo generate-lockfile`";

    public static Lockfile Read(string path, string text)
    {
        var document = TomlLockfile.Parse(path, text, Fix);
        var lines = TomlLockfile.PackageLines(text);
        var builder = new LockfileBuilder(path, Ecosystem.Cargo);
        var packages = document.Tables("package").Select((table, index) => (Table: table, Line: index < lines.Count ? lines[index] : 1)).ToList();
        var versionsByName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (table, line) in packages)
        {
            var name = table.Text("name") ?? throw builder.Error(line, $"[[package]] has 'name' {table.Describe("name")}, a string is needed", Fix);
            var version = table.Text("version") ?? throw builder.Error(line, $"package '{name}' has 'version' {table.Describe("version")}, a string is needed", Fix);
            if (!versionsByName.TryGetValue(name, out var versions))
            {
                versionsByName[name] = versions = [];
            }

            versions.Add(version);
        }

        var direct = new HashSet<string>(StringComparer.Ordinal);
        var workspace = new List<string>();
        foreach (var (table, line) in packages)
        {
            var name = table.Text("name")!;
            var dependsOn = table.Items("dependencies").OfType<string>().Select(d => Resolve(builder, versionsByName, d, line)).ToList();
            if (table.Text("source") is not { } source)
            {
                workspace.Add(name);
                direct.UnionWith(dependsOn);
                continue;
            }

            var checksum = table.Text("checksum");
            builder.Add(name, table.Text("version")!, line, new ComponentTraits
            {
                Hashes = checksum is { Length: 64 } ? [new ComponentHash("SHA-256", checksum.ToLowerInvariant())] : [],
                DependsOn = dependsOn,
                VcsUrl = source.StartsWith("git+", StringComparison.Ordinal) ? source[4..] : null,
            });
        }

        foreach (var purl in direct)
        {
            builder.Update(purl, c => c with { Direct = true });
        }

        return builder.Build(workspace.Count > 0 ? workspace[0] : path);
    }

    private static string Resolve(LockfileBuilder builder, Dictionary<string, List<string>> versionsByName, string reference, int line)
    {
        var parts = reference.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !versionsByName.TryGetValue(parts[0], out var versions))
        {
            throw builder.Error(line, $"dependency '{reference}' names no [[package]] of the lockfile", Fix);
        }

        if (parts.Length == 1 && versions.Count != 1)
        {
            throw builder.Error(line, $"dependency '{reference}' is ambiguous ({versions.Count} versions are locked)", Fix);
        }

        return builder.Purl(parts[0], parts.Length > 1 ? parts[1] : versions[0]);
    }
}
