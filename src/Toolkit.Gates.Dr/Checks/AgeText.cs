using System.Globalization;

namespace Toolkit.Gates.Dr.Checks;

/// <summary>Ages as an operator reads them: <c>45d</c>, <c>3h</c>, <c>2h 30m</c>, <c>4m</c>, <c>40s</c>.</summary>
internal static class AgeText
{
    public static string Format(TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            value = TimeSpan.Zero;
        }

        return value switch
        {
            { TotalDays: >= 2 } => Join((int)value.TotalDays, "d", value.Hours, "h"),
            { TotalHours: >= 1 } => Join((int)value.TotalHours, "h", value.Minutes, "m"),
            { TotalMinutes: >= 1 } => Join((int)value.TotalMinutes, "m", value.Seconds, "s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(value.TotalSeconds)}s"),
        };
    }

    private static string Join(int major, string majorUnit, int minor, string minorUnit) =>
        minor == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{major}{majorUnit}")
            : string.Create(CultureInfo.InvariantCulture, $"{major}{majorUnit} {minor}{minorUnit}");
}
