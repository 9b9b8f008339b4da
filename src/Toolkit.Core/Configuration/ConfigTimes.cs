using System.Globalization;

namespace Toolkit.Core.Configuration;

/// <summary>Evaluation times as gates.yml, the command line and the canary judge write them: RFC 3339 or Unix seconds.</summary>
public static class ConfigTimes
{
    /// <summary>What <see cref="Parse"/> accepts, for messages.</summary>
    public const string Forms = "RFC 3339 (2026-11-21T12:00:00Z) or Unix seconds (1763726400)";

    private static readonly double MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds() - 1;

    /// <summary>RFC 3339 (<c>2026-11-21T12:00:00Z</c>) or Unix seconds between 1970 and 9999; null for anything else.</summary>
    public static DateTimeOffset? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            // Out-of-range numbers (and NaN) are not times; before 1970 Prometheus holds no data either.
            return double.IsFinite(seconds) && seconds >= 0 && seconds <= MaxUnixSeconds
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
                : null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }
}
