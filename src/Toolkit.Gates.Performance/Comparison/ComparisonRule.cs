namespace Toolkit.Gates.Performance.Comparison;

/// <summary>How one benchmark (or every benchmark matching <see cref="Pattern"/>) is compared with the base.</summary>
/// <param name="Pattern">A benchmark key, or a pattern with <c>*</c> wildcards. The default rule matches <c>*</c>.</param>
public sealed record ComparisonRule(string Pattern = "*")
{
    /// <summary>With summaries only: the largest allowed change for the worse, as a fraction. The default value is 0.10 (10%).</summary>
    public double MaxRegression { get; init; } = 0.10;

    /// <summary>With raw samples: the smallest Hodges-Lehmann shift (fraction of the base median) that fails. The default value is 0.05 (5%).</summary>
    public double MinEffect { get; init; } = 0.05;

    /// <summary>With raw samples: the significance level of the one-sided Mann-Whitney U test. The default value is 0.05.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Fewer raw samples than this on either side fall back to the summary comparison. The default value is 5.</summary>
    public int MinSamples { get; init; } = 5;

    /// <summary>Whether this rule applies to <paramref name="key"/> (<c>*</c> matches any run of characters).</summary>
    public bool Matches(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Glob(Pattern, key);
    }

    private static bool Glob(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        while (!pattern.IsEmpty)
        {
            if (pattern[0] == '*')
            {
                var rest = pattern[1..];
                for (var i = 0; i <= text.Length; i++)
                {
                    if (Glob(rest, text[i..]))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (text.IsEmpty || pattern[0] != text[0])
            {
                return false;
            }

            pattern = pattern[1..];
            text = text[1..];
        }

        return text.IsEmpty;
    }
}
