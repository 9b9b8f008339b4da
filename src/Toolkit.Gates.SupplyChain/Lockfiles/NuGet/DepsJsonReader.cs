using System.Text.Json;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.NuGet;

/// <summary>
/// Reads a .NET <c>*.deps.json</c> (what an app was built and published with): <c>libraries</c> of type <c>package</c>
/// are components with their SHA-512; the graph is the <c>dependencies</c> of each entry of the runtime target (or the
/// first target); what the <c>project</c> libraries depend on is direct.
/// </summary>
internal static class DepsJsonReader
{
    private const string Fix = "rebuild the application to regenerate it";

    public static Lockfile Read(string path, string text)
    {
        using var document = JsonLockfile.Parse(path, text);
        var lines = new LineIndex(text);
        var builder = new LockfileBuilder(path, Ecosystem.NuGet);
        var root = document.RootElement;
        var libraries = root.Obj("libraries") ?? throw builder.Error(1, "no 'libraries' object; this is not a .deps.json", Fix);
        var targetName = root.Obj("runtimeTarget")?.Str("name");
        var targets = root.Obj("targets");
        var target = targetName is not null && targets?.Obj(targetName) is { } named ? named : targets?.EnumerateObject().Select(t => (JsonElement?)t.Value).FirstOrDefault();
        var librariesOffset = Math.Max(0, lines.OffsetOf("libraries"));
        var kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in libraries.EnumerateObject())
        {
            kinds[library.Name] = library.Value.Str("type") ?? string.Empty;
        }

        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var library in libraries.EnumerateObject())
        {
            var line = lines.Next(library.Name, librariesOffset).Line;
            var slash = library.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == library.Name.Length - 1)
            {
                throw builder.Error(line, $"library '{library.Name}' is not Name/Version", Fix);
            }

            var dependsOn = Dependencies(target, library.Name, kinds).Select(d => builder.Purl(d.Name, d.Version)).ToList();
            if (kinds[library.Name] != "package")
            {
                direct.UnionWith(dependsOn);
                continue;
            }

            builder.Add(library.Name[..slash], library.Name[(slash + 1)..], line, new ComponentTraits
            {
                Hashes = ComponentHash.FromIntegrity(library.Value.Str("sha512")) is { } hash ? [hash] : [],
                DependsOn = dependsOn,
            });
        }

        foreach (var purl in direct)
        {
            builder.Update(purl, c => c with { Direct = true });
        }

        var file = path[(path.LastIndexOf('/') + 1)..];
        return builder.Build(file[..^".deps.json".Length]);
    }

    private static IEnumerable<(string Name, string Version)> Dependencies(JsonElement? target, string library, Dictionary<string, string> kinds) =>
        target?.Obj(library)?.Obj("dependencies") is { } deps
            ? deps.EnumerateObject()
                .Where(d => d.Value.ValueKind == JsonValueKind.String && kinds.GetValueOrDefault(d.Name + "/" + d.Value.GetString()) == "package")
                .Select(d => (d.Name, d.Value.GetString()!))
            : [];
}
