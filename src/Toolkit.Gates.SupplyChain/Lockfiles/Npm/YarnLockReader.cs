using System.Text.Json;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Npm;

/// <summary>
/// Reads <c>yarn.lock</c>, Yarn 1 or Berry: each resolved entry is a package (Yarn 1 <c>integrity</c> as its hash,
/// non-registry sources recorded), dependencies resolved through the descriptors that name them. yarn.lock does not say
/// what the project asks for: <c>package.json</c> beside it does (dependencies are production, devDependencies
/// development); without it Berry's workspace entry gives the direct packages.
/// </summary>
internal static class YarnLockReader
{
    private const string Fix = "regenerate it with `yarn install`";

    public static Lockfile Read(string path, string text, string? packageJson)
    {
        var builder = new LockfileBuilder(path, Ecosystem.Npm);
        var berry = text.Contains("__metadata:", StringComparison.Ordinal);
        List<YarnEntry> packages;
        List<YarnEntry> workspaces = [];
        if (berry)
        {
            (packages, workspaces) = YarnBerryParser.Parse(builder, YamlLockfile.Parse(path, text, Fix), Fix);
        }
        else
        {
            packages = YarnV1Parser.Parse(builder, text, Fix);
        }

        var byDescriptor = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in packages)
        {
            if (string.IsNullOrEmpty(entry.Version))
            {
                throw builder.Error(entry.Line, $"entry '{string.Join(", ", entry.Descriptors)}' has no version", Fix);
            }

            foreach (var descriptor in entry.Descriptors)
            {
                byDescriptor[descriptor] = builder.Purl(entry.Name, entry.Version);
            }
        }

        foreach (var entry in packages)
        {
            builder.Add(entry.Name, entry.Version!, entry.Line, new ComponentTraits
            {
                Hashes = Hash(entry) is { } hash ? [hash] : [],
                DependsOn = Resolve(byDescriptor, entry.Dependencies.Concat(entry.OptionalDependencies), berry).ToList(),
                Origin = IsRegistry(entry.Resolved) ? null : entry.Resolved,
            });
        }

        var (production, development) = ProjectDependencies(packageJson, workspaces);
        DependencyScopes.Apply(builder, Resolve(byDescriptor, production, berry), Resolve(byDescriptor, development, berry));
        return builder.Build(path);
    }

    private static IEnumerable<string> Resolve(Dictionary<string, string> byDescriptor, IEnumerable<(string Name, string Range)> dependencies, bool berry) =>
        dependencies.Select(d => byDescriptor.GetValueOrDefault(berry ? YarnBerryParser.Descriptor(d.Name, d.Range) : $"{d.Name}@{d.Range}")).OfType<string>();

    private static (List<(string, string)> Production, List<(string, string)> Development) ProjectDependencies(string? packageJson, List<YarnEntry> workspaces)
    {
        if (packageJson is null)
        {
            return (workspaces.SelectMany(w => w.Dependencies.Concat(w.OptionalDependencies)).ToList(), []);
        }

        try
        {
            using var document = JsonDocument.Parse(packageJson);
            return (Ranges(document.RootElement, "dependencies").Concat(Ranges(document.RootElement, "optionalDependencies")).ToList(), Ranges(document.RootElement, "devDependencies").ToList());
        }
        catch (JsonException)
        {
            // A broken package.json only costs the direct/dev marks; the lockfile itself was read.
            return ([], []);
        }
    }

    private static IEnumerable<(string, string)> Ranges(JsonElement root, string kind) =>
        root.Obj(kind) is { } map ? map.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => (p.Name, p.Value.GetString()!)) : [];

    private static ComponentHash? Hash(YarnEntry entry)
    {
        if (ComponentHash.FromIntegrity(entry.Integrity) is { } integrity)
        {
            return integrity;
        }

        // Old Yarn 1 entries only carry the tarball's SHA-1 in the resolved URL's fragment.
        var hash = entry.Resolved?.IndexOf('#', StringComparison.Ordinal) is { } i && i >= 0 ? entry.Resolved[(i + 1)..] : null;
        return hash is { Length: 40 } && hash.All(char.IsAsciiHexDigit) ? new ComponentHash("SHA-1", hash.ToLowerInvariant()) : null;
    }

    private static bool IsRegistry(string? resolved) =>
        resolved is null || (resolved.StartsWith("https://registry.", StringComparison.Ordinal) && resolved.Contains("/-/", StringComparison.Ordinal));
}
