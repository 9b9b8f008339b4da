using System.Globalization;

namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>Prometheus durations (<c>1h30m</c>, <c>500ms</c>, <c>1y</c> = 365d), as in PromQL and rule files.</summary>
internal static class PromDuration
{
    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text == "0")
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start || i == text.Length)
            {
                return null;
            }

            var value = long.Parse(text.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            var ms = text[i] == 'm' && i + 1 < text.Length && text[i + 1] == 's';
            TimeSpan? unit = ms ? TimeSpan.FromMilliseconds(1) : text[i] switch
            {
                's' => TimeSpan.FromSeconds(1),
                'm' => TimeSpan.FromMinutes(1),
                'h' => TimeSpan.FromHours(1),
                'd' => TimeSpan.FromDays(1),
                'w' => TimeSpan.FromDays(7),
                'y' => TimeSpan.FromDays(365),
                _ => null,
            };
            if (unit is null)
            {
                return null;
            }

            total += unit.Value * value;
            i += ms ? 2 : 1;
        }

        return total;
    }
}
