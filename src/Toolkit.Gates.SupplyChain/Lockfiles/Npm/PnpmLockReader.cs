using YamlDotNet.RepresentationModel;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Npm;

/// <summary>
/// Reads <c>pnpm-lock.yaml</c> v5 to v9. <c>packages</c> keys (<c>/name@1.0.0(peer@2)</c> in v6, <c>name@1.0.0</c> in
/// v9, <c>/name/1.0.0_peer</c> in v5) are the packages with their <c>resolution.integrity</c>; the graph is under
/// <c>snapshots</c> (v9) or the packages themselves (v5/v6); <c>importers</c> (or the top level for one project) say what
/// each project asks for. v6 marks <c>dev</c> and <c>optional</c> per package; v9 marks <c>optional</c> and development
/// scope is derived from the graph. Workspace links (<c>link:</c>) are projects, not packages.
/// </summary>
internal static class PnpmLockReader
{
    private const string Fix = "regenerate it with `pnpm install`";
    private static readonly string[] ProductionKinds = ["dependencies", "optionalDependencies"];

    public static Lockfile Read(string path, string text)
    {
        var root = YamlLockfile.Parse(path, text, Fix);
        var builder = new LockfileBuilder(path, Ecosystem.Npm);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var packages = root.Map("packages").MapEntries(builder, Fix).ToList();
        foreach (var (key, entry, line) in packages)
        {
            var (name, version) = SplitKey(key);
            version = entry.Scalar("version") ?? StripPeers(version);
            if (name.Length == 0 || version.Length == 0)
            {
                throw builder.Error(line, $"package key '{key}' has no name@version", Fix);
            }

            byKey[name + "@" + StripPeers(SplitKey(key).Version)] = builder.Purl(name, version);
        }

        var snapshots = root.Map("snapshots");
        var graph = snapshots is null
            ? packages.Select(p => (p.Key, p.Value)).ToList()
            : snapshots.MapEntries(builder, Fix).Select(s => (s.Key, s.Value)).ToList();
        var dependencies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var optional = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, entry) in graph)
        {
            var (name, version) = SplitKey(key);
            if (!byKey.TryGetValue(name + "@" + StripPeers(version), out var purl))
            {
                continue;
            }

            var targets = ProductionKinds.SelectMany(kind => entry.Map(kind).Entries())
                .Select(d => Resolve(byKey, d.Key, (d.Value as YamlScalarNode)?.Value))
                .OfType<string>();
            (dependencies.TryGetValue(purl, out var list) ? list : dependencies[purl] = []).AddRange(targets);
            optional[purl] = (!optional.TryGetValue(purl, out var before) || before) && entry.Flag("optional");
        }

        foreach (var (key, entry, line) in packages)
        {
            var (name, version) = SplitKey(key);
            var purl = byKey[name + "@" + StripPeers(version)];
            var resolution = entry.Map("resolution");
            builder.Add(name, entry.Scalar("version") ?? StripPeers(version), line, new ComponentTraits
            {
                Development = entry.Flag("dev"),
                Optional = optional.TryGetValue(purl, out var isOptional) ? isOptional : entry.Flag("optional"),
                Hashes = ComponentHash.FromIntegrity(resolution?.Scalar("integrity")) is { } hash ? [hash] : [],
                DependsOn = dependencies.TryGetValue(purl, out var deps) ? deps : [],
                Origin = resolution?.Scalar("tarball") ?? (resolution?.Scalar("repo") is { } repo ? "git+" + repo + "#" + resolution.Scalar("commit") : null),
            });
        }

        var importers = root.Map("importers") is { } many ? many.MapEntries(builder, Fix).Select(i => i.Value).ToList() : [root];
        var production = importers.SelectMany(i => ProductionKinds.SelectMany(kind => i.Map(kind).Entries())).Select(d => Resolve(byKey, d.Key, ImporterVersion(d.Value))).OfType<string>();
        var development = importers.SelectMany(i => i.Map("devDependencies").Entries()).Select(d => Resolve(byKey, d.Key, ImporterVersion(d.Value))).OfType<string>().ToList();
        if (snapshots is not null)
        {
            DependencyScopes.Apply(builder, production, development);
        }
        else
        {
            foreach (var purl in production.Concat(development).ToList())
            {
                builder.Update(purl, c => c with { Direct = true });
            }
        }

        return builder.Build(root.Map("importers") is null ? path : ".");
    }

    private static string? ImporterVersion(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlMappingNode map => map.Scalar("version"),
        _ => null,
    };

    /// <summary>The purl a dependency reference points at: <c>1.0.0(peer@1)</c>, an alias <c>other@1.0.0</c> or <c>/other@1.0.0</c>.</summary>
    private static string? Resolve(Dictionary<string, string> byKey, string name, string? reference)
    {
        if (reference is null || reference.StartsWith("link:", StringComparison.Ordinal))
        {
            return null;
        }

        var plain = StripPeers(reference);
        if (byKey.TryGetValue(name + "@" + plain, out var purl))
        {
            return purl;
        }

        var (aliasName, aliasVersion) = SplitKey(plain);
        return aliasName.Length > 0 && byKey.TryGetValue(aliasName + "@" + StripPeers(aliasVersion), out purl) ? purl : null;
    }

    /// <summary>Splits <c>/@scope/name@1.0.0(peers)</c>, <c>name@1.0.0</c> or v5's <c>/name/1.0.0_peers</c>.</summary>
    private static (string Name, string Version) SplitKey(string key)
    {
        var text = key.TrimStart('/');
        var paren = text.IndexOf('(', StringComparison.Ordinal);
        var head = paren >= 0 ? text[..paren] : text;
        var at = head.LastIndexOf('@');
        if (at > 0)
        {
            return (text[..at], text[(at + 1)..]);
        }

        var slash = text.LastIndexOf('/');
        if (slash <= 0)
        {
            return (string.Empty, string.Empty);
        }

        var version = text[(slash + 1)..];
        var underscore = version.IndexOf('_', StringComparison.Ordinal);
        return (text[..slash], underscore >= 0 ? version[..underscore] : version);
    }

    private static string StripPeers(string version) => version.IndexOf('(', StringComparison.Ordinal) is var p && p >= 0 ? version[..p] : version;
}
