using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Npm;

/// <summary>
/// Parses a Yarn 2+ (Berry) lockfile, which is YAML: <c>"a@npm:^1, a@npm:^1.2"</c> keys with <c>version</c>,
/// <c>resolution</c> (<c>a@npm:1.2.3</c>) and <c>dependencies</c>. Workspaces, links, portals and patches are not
/// packages of their own (a patch re-locks a package listed on its own entry too); their dependencies still count.
/// Berry's <c>checksum</c> hashes Yarn's cache zip, not the published tarball, so it is not reported as the package hash.
/// </summary>
internal static class YarnBerryParser
{
    private static readonly string[] LocalProtocols = ["workspace:", "link:", "portal:", "patch:"];

    public static (List<YarnEntry> Packages, List<YarnEntry> Workspaces) Parse(LockfileBuilder builder, YamlMappingNode root, string fix)
    {
        var packages = new List<YarnEntry>();
        var workspaces = new List<YarnEntry>();
        foreach (var (key, entry, line) in root.MapEntries(builder, fix))
        {
            if (key == "__metadata")
            {
                continue;
            }

            var resolution = entry.Scalar("resolution") ?? throw builder.Error(line, $"entry '{key}' has no 'resolution'", fix);
            var at = resolution.IndexOf('@', 1);
            if (at <= 0)
            {
                throw builder.Error(line, $"resolution '{resolution}' is not name@reference", fix);
            }

            var reference = resolution[(at + 1)..];
            var parsed = new YarnEntry(key.Split(',').Select(d => d.Trim()).ToList(), resolution[..at], entry.Scalar("version"), line)
            {
                Resolved = reference.StartsWith("npm:", StringComparison.Ordinal) ? null : reference,
                Dependencies = Ranges(entry.Map("dependencies")),
                OptionalDependencies = Ranges(entry.Map("optionalDependencies")),
            };
            (LocalProtocols.Any(reference.StartsWith) ? workspaces : packages).Add(parsed);
        }

        return (packages, workspaces);
    }

    /// <summary>The descriptor a dependency range stands for: a bare semver range means <c>npm:</c>.</summary>
    public static string Descriptor(string name, string range) => range.Contains(':', StringComparison.Ordinal) ? $"{name}@{range}" : $"{name}@npm:{range}";

    private static List<(string Name, string Range)> Ranges(YamlMappingNode? node) =>
        node.Entries().Select(e => (e.Key, (e.Value as YamlScalarNode)?.Value ?? string.Empty)).ToList();
}
