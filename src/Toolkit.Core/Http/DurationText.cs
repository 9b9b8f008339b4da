using System.Globalization;

namespace Toolkit.Core.Http;

/// <summary>Short human durations for messages: <c>45s</c>, <c>4m 10s</c>, <c>1h 2m</c>.</summary>
public static class DurationText
{
    /// <summary>The duration rounded to what a reader needs; negative values read as <c>0s</c>.</summary>
    public static string Format(TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            value = TimeSpan.Zero;
        }

        if (value.TotalSeconds < 60)
        {
            return Math.Round(value.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
        }

        if (value.TotalMinutes < 60)
        {
            return value.Seconds == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalMinutes}m")
                : string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalMinutes}m {value.Seconds}s");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalHours}h {value.Minutes}m");
    }
}
