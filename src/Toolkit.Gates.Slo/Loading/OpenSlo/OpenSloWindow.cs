using System.Globalization;
using System.Text.RegularExpressions;
using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading.OpenSlo;

/// <summary>
/// OpenSLO time windows: the duration shorthand (<c>28d</c>, <c>4w</c>, <c>1M</c>, <c>1Q</c>, <c>1Y</c>) and the
/// rolling or calendar-aligned <c>timeWindow</c> item. A month counts 30 days, a quarter 90, a year 365 where a
/// rolling length is needed; calendar periods use real calendar months.
/// </summary>
internal static partial class OpenSloWindow
{
    private static readonly string[] StartFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <summary>Parses the duration shorthand; null when it is not one.</summary>
    public static (int Count, char Unit)? Shorthand(string? text)
    {
        var match = text is null ? Match.Empty : Shape().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            return null;
        }

        return (count, match.Groups[2].Value[0]);
    }

    public static TimeSpan Length(int count, char unit) => unit switch
    {
        's' => TimeSpan.FromSeconds(count),
        'm' => TimeSpan.FromMinutes(count),
        'h' => TimeSpan.FromHours(count),
        'd' => TimeSpan.FromDays(count),
        'w' => TimeSpan.FromDays(7 * count),
        'M' => TimeSpan.FromDays(30 * count),
        'Q' => TimeSpan.FromDays(90 * count),
        _ => TimeSpan.FromDays(365 * count),
    };

    /// <summary>Reads a duration-shorthand value; reports and returns null when it is not one.</summary>
    public static (int Count, char Unit)? Read(SectionReader reader, string key)
    {
        var text = reader.String(key);
        if (text is null)
        {
            return null;
        }

        var parsed = Shorthand(text);
        if (parsed is null)
        {
            reader.ReportAt(key, $"'{key}' must be a duration shorthand (a whole number and one of m, h, d, w, M, Q, Y: 28d, 4w, 1M), not '{text}'.");
        }

        return parsed;
    }

    /// <summary>The calendar of a calendar-aligned window, or null (reported) when start time or zone is missing or invalid.</summary>
    public static CalendarWindow? Calendar(SectionReader calendar, int count, char unit)
    {
        var startText = calendar.RequiredString("startTime");
        var zoneText = calendar.RequiredString("timeZone");
        calendar.Finish();
        if (startText.Length == 0 || zoneText.Length == 0)
        {
            return null;
        }

        if (!DateTime.TryParseExact(startText, StartFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            calendar.ReportAt("startTime", $"'startTime' must be a date and time without zone, e.g. 2022-01-01 12:00:00, not '{startText}'.");
            return null;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneText, out var zone))
        {
            calendar.ReportAt("timeZone", $"'timeZone' must be an IANA time zone name such as America/New_York or UTC, not '{zoneText}'.");
            return null;
        }

        return new CalendarWindow(start, zone, count, unit);
    }

    [GeneratedRegex("^([0-9]+)([smhdwMQY])$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
