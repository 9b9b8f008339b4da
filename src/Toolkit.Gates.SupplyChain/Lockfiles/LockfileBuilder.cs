using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles;

/// <summary>
/// Collects the components one lockfile resolves, merging repeated entries of the same purl (direct if direct anywhere,
/// development or optional only if every copy is, hashes and dependencies united) so no copy's data is lost.
/// </summary>
internal sealed class LockfileBuilder(string path, Ecosystem ecosystem)
{
    private readonly Dictionary<string, Component> byPurl = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    public Ecosystem Ecosystem { get; } = ecosystem;

    public IEnumerable<Component> Components => byPurl.Values;

    /// <summary>The components by the purl without qualifiers, the key readers use in DependsOn and Update.</summary>
    public IReadOnlyDictionary<string, Component> ByPurl => byPurl;

    public string Purl(string name, string version) => Purls.For(Ecosystem, name, version);

    public bool Contains(string purl) => byPurl.ContainsKey(purl);

    /// <summary>Adds one entry; <paramref name="version"/> must be present (readers reject entries without one first).</summary>
    public Component Add(string name, string version, int line, ComponentTraits traits)
    {
        ArgumentNullException.ThrowIfNull(traits);
        var (vcs, download) = traits.Origin is { } origin ? NpmResolved.Split(origin) : (traits.VcsUrl, null);
        var component = new Component(Ecosystem, name, version, traits.Direct, traits.Development, new ComponentLocation(Path, line, 1))
        {
            Optional = traits.Optional,
            Hashes = traits.Hashes,
            DependsOn = traits.DependsOn.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            VcsUrl = vcs,
            DownloadUrl = download,
            License = traits.License,
        };
        // Keyed by the purl without qualifiers (what readers use for DependsOn and Update): Component.Purl adds vcs_url.
        var key = Purl(name, version);
        byPurl[key] = byPurl.TryGetValue(key, out var existing) ? Merge(existing, component) : component;
        return byPurl[key];
    }

    /// <summary>Replaces a component already added (after the graph tells which are direct, development or optional).</summary>
    public void Update(string purl, Func<Component, Component> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (byPurl.TryGetValue(purl, out var existing))
        {
            byPurl[purl] = change(existing);
        }
    }

    /// <summary>
    /// The lockfile, with each DependsOn entry turned into the full purl of the component it names (with vcs_url as
    /// <see cref="Component.Purl"/> writes it), so the SBOM's dependency refs match its bom-refs.
    /// </summary>
    public Lockfile Build(string project) => new(Path, project, byPurl.Values
        .Select(c => c with { DependsOn = c.DependsOn.Select(d => byPurl.TryGetValue(d, out var target) ? target.Purl : d).Order(StringComparer.Ordinal).ToList() })
        .ToList());

    /// <summary>The error for an entry that cannot be read: file, line, what is wrong and how to fix it.</summary>
    public LockfileException Error(int line, string problem, string fix) => Fail(Path, line, problem, fix);

    public static LockfileException Fail(string path, int line, string problem, string fix) =>
        new(path, line, $"{path}:{line}: {problem}; {fix}");

    private static Component Merge(Component existing, Component added) => existing with
    {
        Direct = existing.Direct || added.Direct,
        Development = existing.Development && added.Development,
        Optional = existing.Optional && added.Optional,
        Hashes = existing.Hashes.Union(added.Hashes).ToList(),
        DependsOn = existing.DependsOn.Union(added.DependsOn).Order(StringComparer.Ordinal).ToList(),
        VcsUrl = existing.VcsUrl ?? added.VcsUrl,
        DownloadUrl = existing.DownloadUrl ?? added.DownloadUrl,
        License = existing.License ?? added.License,
    };
}
