using System.Runtime.CompilerServices;

namespace Toolkit.Gates.Performance.K6;

/// <summary>
/// Parses k6's RFC 3339 timestamps (<c>2024-05-09T14:34:45.625742514+02:00</c>) straight from UTF-8 into Unix seconds,
/// without allocating: the stream reader does this for every point.
/// </summary>
internal static class K6Timestamp
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> text, out double seconds)
    {
        var parsed = TryParseNanoseconds(text, out var nanoseconds);
        seconds = nanoseconds / 1e9;
        return parsed;
    }

    /// <summary>Unix time in nanoseconds, exact to k6's precision (a double of seconds loses a tenth of a microsecond).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseNanoseconds(ReadOnlySpan<byte> text, out long nanoseconds)
    {
        nanoseconds = 0;
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        var i = 19;
        long fraction = 0;
        if (i < text.Length && text[i] == '.')
        {
            var scale = 100_000_000L;
            for (i++; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++)
            {
                fraction += (text[i] - '0') * scale;
                scale /= 10;
            }
        }

        var offset = 0;
        if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
        {
            if (i + 6 > text.Length || !Digits(text, i + 1, 2, out var oh) || !Digits(text, i + 4, 2, out var om))
            {
                return false;
            }

            offset = (text[i] == '+' ? 1 : -1) * ((oh * 3600) + (om * 60));
        }
        else if (i >= text.Length || text[i] is not ((byte)'Z' or (byte)'z'))
        {
            return false;
        }

        nanoseconds = (((DaysFromCivil(year, month, day) * 86400L) + (hour * 3600) + (minute * 60) + second - offset) * 1_000_000_000L) + fraction;
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = text[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    // Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
    private static long DaysFromCivil(int y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (m + (m > 2 ? -3 : 9))) + 2) / 5 + d - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097L) + doe - 719468;
    }
}
