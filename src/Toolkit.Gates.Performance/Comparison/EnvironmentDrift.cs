namespace Toolkit.Gates.Performance.Comparison;

/// <summary>
/// Compares where the base and the head ran (runtime, OS, CPU, tool version, job settings): when they differ the
/// comparison measures the machine as well as the code, and the reader must know.
/// </summary>
internal static class EnvironmentDrift
{
    /// <summary>A warning naming every recorded difference, or null when both sides agree or either recorded nothing.</summary>
    public static string? Describe(IReadOnlyDictionary<string, string>? baseEnvironment, IReadOnlyDictionary<string, string>? head)
    {
        if (baseEnvironment is not { Count: > 0 } || head is not { Count: > 0 })
        {
            return null;
        }

        var differences = baseEnvironment
            .Where(b => head.TryGetValue(b.Key, out var h) && !string.Equals(b.Value, h, StringComparison.Ordinal))
            .Select(b => $"{b.Key} '{b.Value}' → '{head[b.Key]}'")
            .ToList();
        return differences.Count == 0
            ? null
            : $"the base and the head ran in different environments ({string.Join("; ", differences)}): the comparison measures that change too. Run both on the same runner image and settings, or record a new baseline in the new environment.";
    }
}
