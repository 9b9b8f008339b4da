using System.Text.Json;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Python;

/// <summary>
/// Reads <c>Pipfile.lock</c>: <c>default</c> packages are production, <c>develop</c> ones development; <c>version</c> is
/// <c>==x.y.z</c>, <c>hashes</c> the distribution files' SHA-256; git or path entries record where they come from and
/// use their <c>ref</c> as the version. Pipfile.lock has no graph.
/// </summary>
internal static class PipfileLockReader
{
    private const string Fix = "regenerate it with `pipenv lock`";

    public static Lockfile Read(string path, string text)
    {
        using var document = Inventory.JsonLockfile.Parse(path, text);
        var lines = new Inventory.LineIndex(text);
        var builder = new LockfileBuilder(path, Ecosystem.PyPI);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw builder.Error(1, $"the document is {document.RootElement.ValueKind}, not an object with 'default' and 'develop'", Fix);
        }

        foreach (var (section, development) in new[] { ("default", false), ("develop", true) })
        {
            var offset = Math.Max(0, lines.OffsetOf(section));
            if (!document.RootElement.TryGetProperty(section, out var packages))
            {
                continue;
            }

            if (packages.ValueKind != JsonValueKind.Object)
            {
                throw builder.Error(lines.At(offset).Line, $"'{section}' is {packages.ValueKind}, not an object", Fix);
            }

            foreach (var package in packages.EnumerateObject())
            {
                var line = lines.Of(package.Name, offset).Line;
                var entry = package.Value;
                var vcs = entry.Str("git") is { } git ? "git+" + git : entry.Str("path") is { } local ? "file:" + local : entry.Str("file");
                var version = entry.Str("version") is { } pinned && pinned.StartsWith("==", StringComparison.Ordinal) ? pinned.TrimStart('=') : vcs is not null ? entry.Str("ref") : null;
                if (version is null)
                {
                    throw builder.Error(line, $"package '{package.Name}' has no '==' version (found {Describe(entry)})", Fix);
                }

                var hashes = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("hashes", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Where(h => h.ValueKind == JsonValueKind.String).Select(h => ((string?)null, h.GetString()))
                    : [];
                builder.Add(package.Name, version, line, new ComponentTraits { Development = development, Hashes = PythonHashes.Choose(hashes), Origin = vcs });
            }
        }

        return builder.Build(path);
    }

    private static string Describe(JsonElement entry) =>
        entry.ValueKind != JsonValueKind.Object ? entry.ValueKind.ToString() : entry.TryGetProperty("version", out var v) ? $"{v.ValueKind} {v}" : "no 'version'";
}
