using System.Globalization;
using System.Text.RegularExpressions;

namespace Toolkit.Core.Configuration;

/// <summary>Durations as gates.yml writes them, Prometheus style: <c>5m</c>, <c>1h</c>, <c>30d</c>, <c>1h30m</c>, <c>250ms</c>.</summary>
public static partial class ConfigDurations
{
    /// <summary>Parses a positive duration; false for anything else (empty, zero, unknown unit, stray text).</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var matches = Part().Matches(text.Trim());
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != text.Trim())
        {
            return false;
        }

        foreach (Match match in matches)
        {
            var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            value += match.Groups[2].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                "w" => TimeSpan.FromDays(7 * amount),
                _ => TimeSpan.FromDays(365 * amount),
            };
        }

        return value > TimeSpan.Zero;
    }

    /// <summary>The shortest single-unit form gates.yml and PromQL read back: <c>1d</c>, <c>6h</c>, <c>30m</c>, <c>90s</c>, <c>250ms</c>.</summary>
    public static string Format(TimeSpan span)
    {
        if (span.TotalDays >= 1 && span.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return $"{(long)span.TotalDays}d";
        }

        if (span.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return $"{(long)span.TotalHours}h";
        }

        if (span.Ticks % TimeSpan.TicksPerMinute == 0)
        {
            return $"{(long)span.TotalMinutes}m";
        }

        return span.Ticks % TimeSpan.TicksPerSecond == 0
            ? $"{(long)span.TotalSeconds}s"
            : $"{(long)span.TotalMilliseconds}ms";
    }

    [GeneratedRegex(@"([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d|w|y)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
