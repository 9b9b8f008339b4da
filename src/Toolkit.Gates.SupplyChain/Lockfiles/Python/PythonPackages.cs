using Tomlyn.Model;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Python;

/// <summary>The <c>[[package]]</c> tables of a Python TOML lockfile with their checked name, version and line.</summary>
internal static class PythonPackages
{
    public static List<(TomlTable Table, string Name, string Version, int Line)> Collect(LockfileBuilder builder, TomlTable document, List<int> lines, string fix, bool versionOptional = false)
    {
        var result = new List<(TomlTable, string, string, int)>();
        var index = 0;
        foreach (var table in document.Tables("package"))
        {
            var line = index < lines.Count ? lines[index] : 1;
            index++;
            var name = table.Text("name") ?? throw builder.Error(line, $"[[package]] has 'name' {table.Describe("name")}, a string is needed", fix);
            var version = table.Text("version");
            if (version is null && !(versionOptional && !table.ContainsKey("version")))
            {
                throw builder.Error(line, $"package '{name}' has 'version' {table.Describe("version")}, a string is needed", fix);
            }

            result.Add((table, name, version ?? string.Empty, line));
        }

        return result;
    }

    /// <summary>Purls of the locked packages named <paramref name="dependency"/> (PEP 503 names; several under markers).</summary>
    public static IEnumerable<string> Resolve(LockfileBuilder builder, List<(TomlTable Table, string Name, string Version, int Line)> packages, string dependency)
    {
        var wanted = Normalize(dependency);
        return packages.Where(p => Normalize(p.Name) == wanted && p.Version.Length > 0).Select(p => builder.Purl(p.Name, p.Version));
    }

    public static string Normalize(string name) => Vulnerabilities.OsvEcosystems.NormalizeName(Inventory.Ecosystem.PyPI, name);
}
