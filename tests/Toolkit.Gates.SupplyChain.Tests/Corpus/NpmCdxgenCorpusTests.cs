using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Tests.Corpus;

/// <summary>
/// Our npm components against cdxgen's on the corpus lockfiles: the same purls, the same SHA-512s, the same scope,
/// except for the differences documented in docs/supply-chain-sbom.md (asserted here, so the list stays true).
/// The expectation files are cdxgen 12.8.4's component list, generated once as that document says, and reviewed.
/// </summary>
public sealed class NpmCdxgenCorpusTests
{
    public static TheoryData<string, int, string> Lockfiles() => new()
    {
        { "open-telemetry+opentelemetry-js/package-lock.json", 1491, "lockfile-says-production=190, types-excluded=51" },
        { "goharbor+harbor/src/portal/package-lock.json", 1286, "types-excluded=36" },
        { "GoogleCloudPlatform+microservices-demo/src/currencyservice/package-lock.json", 273, "types-excluded=7" },
        { "GoogleCloudPlatform+microservices-demo/src/paymentservice/package-lock.json", 209, "types-excluded=7" },
    };

    [Theory]
    [MemberData(nameof(Lockfiles))]
    public void Npm_components_match_cdxgen_except_for_the_documented_differences(string lockfile, int count, string documented)
    {
        // Given the corpus lockfile and cdxgen's reviewed component list for it
        var path = Path.Combine(RepositoryPaths.Shared, "corpus", "supply", "lockfiles", lockfile);
        var expected = Expected(lockfile);

        // When we read it
        var ours = NpmLockReader.Read(lockfile, File.ReadAllText(path)).Components.ToDictionary(c => c.Purl, StringComparer.Ordinal);

        // Then the component set is cdxgen's, with the same hash, and the same scope but where documented
        Assert.Equal(count, ours.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        var differences = new List<string>();
        foreach (var (purl, (scope, hash, flags)) in expected)
        {
            var component = ours[purl];
            Assert.Equal(hash, component.Hashes.FirstOrDefault(h => h.Algorithm == "SHA-512")?.Hex[..16] ?? "-");
            var ourScope = component.Development || component.Optional ? "optional" : "required";
            if (ourScope != scope)
            {
                differences.Add(Explain(component, scope, flags) ?? $"undocumented: {purl} is {ourScope}, cdxgen says {scope}");
            }
        }

        var undocumented = differences.Where(d => d.StartsWith("undocumented", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, string.Join(Environment.NewLine, undocumented));
        var counted = string.Join(", ", differences.GroupBy(d => d).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));
        Assert.True(documented == counted, counted);
    }

    /// <summary>The documented reasons our scope differs from cdxgen's; null when none applies.</summary>
    private static string? Explain(Component component, string cdxgenScope, string cdxgenFlags) => cdxgenScope switch
    {
        // The lockfile marks it neither dev nor optional, so `npm ci --omit=dev` installs it: we follow the lockfile.
        // cdxgen flags it development (it recomputes flags from the root's edges, which in a workspace monorepo miss
        // what the workspaces need in production, and keeps the first copy's flags).
        "optional" when !component.Development && !component.Optional && cdxgenFlags.Contains("development", StringComparison.Ordinal) => "lockfile-says-production",

        // cdxgen marks @types/* packages "excluded" by name (types are not shipped); we keep what the lockfile says.
        "excluded" when component.Name.StartsWith("@types/", StringComparison.Ordinal) => "types-excluded",

        _ => null,
    };

    private static Dictionary<string, (string Scope, string Hash, string Flags)> Expected(string lockfile)
    {
        var name = lockfile[..lockfile.LastIndexOf('/')].Replace('/', '_') + ".tsv";
        return File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "Toolkit.Gates.SupplyChain.Tests", "Corpus", "cdxgen", name))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => (parts[1], parts[2], parts[3]), StringComparer.Ordinal);
    }
}
