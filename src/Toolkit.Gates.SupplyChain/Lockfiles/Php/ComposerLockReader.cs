using System.Text.Json;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Php;

/// <summary>
/// Reads <c>composer.lock</c>: <c>packages</c> are production, <c>packages-dev</c> development; each with its
/// <c>version</c>, <c>dist.shasum</c> (SHA-1, often empty), <c>license</c> list (alternatives, so joined with OR) and
/// <c>require</c> as the graph (platform requirements such as <c>php</c> and <c>ext-*</c> are not packages); a
/// <c>source</c> of type git is recorded. composer.lock does not say which packages are direct: the <c>direct</c> names
/// (composer.json's require and require-dev) does.
/// </summary>
internal static class ComposerLockReader
{
    private const string Fix = "regenerate it with `composer update --lock`";

    public static Lockfile Read(string path, string text, IReadOnlySet<string> direct)
    {
        using var document = JsonLockfile.Parse(path, text);
        var lines = new LineIndex(text);
        var builder = new LockfileBuilder(path, Ecosystem.Packagist);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw builder.Error(1, $"the document is {root.ValueKind}, not an object with 'packages'", Fix);
        }

        var entries = new List<(JsonElement Entry, string Name, string Version, bool Development, int Line)>();
        foreach (var (section, development) in new[] { ("packages", false), ("packages-dev", true) })
        {
            if (!root.TryGetProperty(section, out var list) || list.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var offset = Math.Max(0, lines.OffsetOf(section));
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw builder.Error(lines.At(offset).Line, $"'{section}' is {list.ValueKind}, not a list", Fix);
            }

            var index = 0;
            var starts = JsonElementLines.Of(text, section);
            foreach (var entry in list.EnumerateArray())
            {
                var line = index < starts.Count ? starts[index] : lines.At(offset).Line;
                var name = entry.Str("name") ?? throw builder.Error(line, $"{section}[{index}] has no string 'name'", Fix);
                var version = entry.Str("version") ?? throw builder.Error(line, $"package '{name}' has no string 'version'", Fix);
                entries.Add((entry, name, version, development, line));
                index++;
            }
        }

        var byName = entries.ToDictionary(e => e.Name.ToLowerInvariant(), e => builder.Purl(e.Name, e.Version), StringComparer.Ordinal);
        foreach (var (entry, name, version, development, line) in entries)
        {
            var requires = entry.Obj("require") is { } require ? require.EnumerateObject().Select(r => r.Name.ToLowerInvariant()).Where(byName.ContainsKey).Select(r => byName[r]) : [];
            var shasum = entry.Obj("dist")?.Str("shasum");
            var source = entry.Obj("source");
            builder.Add(name, version, line, new ComponentTraits
            {
                Direct = direct.Contains(name.ToLowerInvariant()),
                Development = development,
                Hashes = shasum is { Length: 40 } ? [new ComponentHash("SHA-1", shasum.ToLowerInvariant())] : [],
                DependsOn = requires.ToList(),
                License = License(entry),
                VcsUrl = entry.Obj("dist") is null && source?.Str("type") == "git" ? "git+" + source.Value.Str("url") : null,
            });
        }

        return builder.Build(path);
    }

    private static string? License(JsonElement entry)
    {
        var licenses = entry.TryGetProperty("license", out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!).ToList()
            : [];
        return licenses.Count switch
        {
            0 => null,
            1 => licenses[0],
            _ => "(" + string.Join(" OR ", licenses) + ")",
        };
    }
}
