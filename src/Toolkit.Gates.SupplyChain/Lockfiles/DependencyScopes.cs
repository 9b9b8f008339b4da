using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles;

/// <summary>
/// Derives scope from the graph for lockfiles that only say what the project asks for (pnpm v9, uv, yarn with its
/// package.json): a package reachable from a production dependency is production, one reachable only from development
/// dependencies is development; direct ones are those the project names.
/// </summary>
internal static class DependencyScopes
{
    public static void Apply(LockfileBuilder builder, IEnumerable<string> production, IEnumerable<string> development)
    {
        var graph = builder.ByPurl.ToDictionary(e => e.Key, e => e.Value.DependsOn, StringComparer.Ordinal);
        var productionRoots = production.Where(graph.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var developmentRoots = development.Where(graph.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var reachedByProduction = Reach(graph, productionRoots);
        var reachedByDevelopment = Reach(graph, developmentRoots);
        foreach (var purl in graph.Keys)
        {
            var isDirect = productionRoots.Contains(purl) || developmentRoots.Contains(purl);
            var isDevelopment = !reachedByProduction.Contains(purl) && reachedByDevelopment.Contains(purl);
            builder.Update(purl, c => c with { Direct = c.Direct || isDirect, Development = isDevelopment });
        }
    }

    private static HashSet<string> Reach(Dictionary<string, IReadOnlyList<string>> graph, IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(roots);
        while (stack.Count > 0)
        {
            var purl = stack.Pop();
            if (seen.Add(purl) && graph.TryGetValue(purl, out var next))
            {
                foreach (var dependency in next)
                {
                    stack.Push(dependency);
                }
            }
        }

        return seen;
    }
}
