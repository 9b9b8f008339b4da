namespace Toolkit.Gates.Performance.Statistics;

/// <summary>
/// Finds the exact value at one rank of a stream that can be read again, in bounded memory: the first read's
/// <see cref="LogHistogram"/> names the bucket holding the rank, and each further read either keeps that bucket's
/// values (when they fit the budget) and selects the rank among them, or counts them in 4,096 sub-ranges of their
/// IEEE-754 bit patterns and narrows to the sub-range holding the rank. Every narrowing read shrinks the range 4,096
/// times, so even a bucket of identical values ends after a few reads.
/// </summary>
internal sealed class RankSelection
{
    private const int Bins = 4096;
    private const ulong SignBit = 0x8000_0000_0000_0000;

    private readonly int key;
    private ulong low;
    private ulong high = ulong.MaxValue;
    private long below;
    private List<double>? values;
    private long[]? bins;
    private ulong width;

    /// <param name="rank">0-based position in the sorted values.</param>
    /// <param name="histogram">The first read's histogram of the same values.</param>
    public RankSelection(long rank, LogHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        Rank = rank;
        (key, below, InRange) = histogram.Locate(rank);
    }

    public long Rank { get; }

    /// <summary>Values still candidates: in the bucket and the narrowed bit range.</summary>
    public long InRange { get; private set; }

    /// <summary>The value at <see cref="Rank"/>, once found.</summary>
    public double? Result { get; private set; }

    /// <summary>Prepares the next read: keep the candidates when <paramref name="keep"/>, else count them in sub-ranges.</summary>
    public void BeginPass(bool keep)
    {
        if (keep)
        {
            values = new List<double>((int)Math.Min(InRange, int.MaxValue));
            return;
        }

        width = ((high - low) / Bins) + 1;
        bins = new long[Bins];
    }

    /// <summary>Offers one value of the stream with its histogram bucket key.</summary>
    public void Offer(double value, int valueKey)
    {
        if (valueKey != key || Result is not null)
        {
            return;
        }

        var bits = Sortable(value);
        if (bits < low || bits > high)
        {
            return;
        }

        if (values is not null)
        {
            values.Add(value);
        }
        else if (bins is not null)
        {
            bins[(bits - low) / width]++;
        }
    }

    /// <summary>Ends a read: selects the rank among the kept values, or narrows to the sub-range holding it.</summary>
    public void EndPass()
    {
        if (values is not null)
        {
            // Fewer candidates than counted means the file changed between reads; the caller reports it.
            if (values.Count == InRange)
            {
                values.Sort();
                Result = values[(int)(Rank - below)];
            }

            values = null;
            return;
        }

        if (bins is null)
        {
            return;
        }

        var seen = below;
        for (var i = 0; i < Bins; i++)
        {
            if (seen + bins[i] > Rank)
            {
                below = seen;
                InRange = bins[i];
                var start = low + ((ulong)i * width);
                var end = width - 1 > ulong.MaxValue - start ? ulong.MaxValue : start + width - 1;
                high = Math.Min(high, end);
                low = start;
                break;
            }

            seen += bins[i];
        }

        bins = null;
        if (low == high)
        {
            Result = FromSortable(low);
        }
    }

    // Bit patterns ordered like the doubles they encode: negatives reversed below positives.
    private static ulong Sortable(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    private static double FromSortable(ulong bits) =>
        BitConverter.UInt64BitsToDouble((bits & SignBit) != 0 ? bits & ~SignBit : ~bits);
}
