using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Toolkit.Testing.JsonSchema;

/// <summary>Compiled schema patterns, shared: the CycloneDX schema's patterns are matched thousands of times per BOM.</summary>
internal static class RegexCache
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static Regex Get(string pattern) =>
        Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(5)));
}
