using System.Runtime.CompilerServices;

namespace Toolkit.Gates.Performance.Statistics;

/// <summary>
/// A mergeable, log-bucketed histogram (DDSketch): every quantile it returns is within <see cref="RelativeAccuracy"/>
/// of a true sample value at that rank, in constant memory for any number of values. Non-negative values only; values
/// below <see cref="MinIndexable"/> (including zero and negatives, which k6 durations never have) count as zero.
/// </summary>
internal sealed class LogHistogram
{
    /// <summary>The smallest value given its own bucket; smaller values are kept as exact zeros.</summary>
    public const double MinIndexable = 1e-9;

    /// <summary>The key of the bucket for values below <see cref="MinIndexable"/> (zeros and negatives).</summary>
    internal const int ZeroKey = int.MinValue;

    private readonly double gamma;
    private readonly double logGamma;
    private long[] buckets = new long[64];
    private int offset; // key of buckets[0]
    private bool empty = true;
    private long zeros;

    /// <param name="relativeAccuracy">The stated relative error of every quantile; the default 1% keeps about 1,000 buckets for 1 ns .. 1 h.</param>
    public LogHistogram(double relativeAccuracy = 0.01)
    {
        if (relativeAccuracy is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(relativeAccuracy), relativeAccuracy, "Relative accuracy must be between 0 and 1.");
        }

        RelativeAccuracy = relativeAccuracy;
        gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
        logGamma = Math.Log(gamma);
    }

    public double RelativeAccuracy { get; }

    public long Count { get; private set; }

    public double Sum { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double Mean => Count == 0 ? 0 : Sum / Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(double value)
    {
        Count++;
        Sum += value;
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        if (value < MinIndexable)
        {
            zeros++;
            return;
        }

        var key = KeyOf(value);
        Ensure(key);
        buckets[key - offset]++;
    }

    /// <summary>The bucket a value falls in; <see cref="ZeroKey"/> for values below <see cref="MinIndexable"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int KeyOf(double value) => value < MinIndexable ? ZeroKey : (int)Math.Ceiling(Math.Log(value) / logGamma);

    /// <summary>
    /// The bucket holding the value at 0-based <paramref name="rank"/> in sorted order, and how many values sort before
    /// that bucket: where an exact selection has to look on a second read.
    /// </summary>
    internal (int Key, long Below, long InBucket) Locate(long rank)
    {
        if (rank < zeros)
        {
            return (ZeroKey, 0, zeros);
        }

        var seen = zeros;
        for (var i = 0; i < buckets.Length; i++)
        {
            if (seen + buckets[i] > rank)
            {
                return (i + offset, seen, buckets[i]);
            }

            seen += buckets[i];
        }

        throw new ArgumentOutOfRangeException(nameof(rank), rank, "The rank is beyond the histogram's count.");
    }

    /// <summary>Adds every value of <paramref name="other"/>; both must have the same accuracy.</summary>
    public void Merge(LogHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.RelativeAccuracy != RelativeAccuracy)
        {
            throw new ArgumentException("Only histograms with the same relative accuracy merge.", nameof(other));
        }

        if (other.Count == 0)
        {
            return;
        }

        Count += other.Count;
        Sum += other.Sum;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
        zeros += other.zeros;
        if (other.empty)
        {
            return;
        }

        for (var i = 0; i < other.buckets.Length; i++)
        {
            if (other.buckets[i] != 0)
            {
                var key = i + other.offset;
                Ensure(key);
                buckets[key - offset] += other.buckets[i];
            }
        }
    }

    /// <summary>
    /// The <paramref name="q"/> quantile (0..1) the way k6 computes it (interpolated at rank <c>q * (n - 1)</c>), to the
    /// stated relative accuracy; exact at 0 and 1 (min and max are tracked exactly). 0 when empty, as k6 reports.
    /// </summary>
    public double Quantile(double q)
    {
        if (Count == 0)
        {
            return 0;
        }

        if (q <= 0)
        {
            return Min;
        }

        if (q >= 1)
        {
            return Max;
        }

        var rank = q * (Count - 1);
        var low = ValueAtRank((long)Math.Floor(rank));
        var high = ValueAtRank((long)Math.Ceiling(rank));
        return low + ((high - low) * (rank - Math.Floor(rank)));
    }

    private double ValueAtRank(long rank)
    {
        if (rank < zeros)
        {
            return Math.Max(Min, 0);
        }

        var seen = zeros;
        for (var i = 0; i < buckets.Length; i++)
        {
            seen += buckets[i];
            if (seen > rank)
            {
                // The bucket's midpoint in relative terms: within RelativeAccuracy of every value in (gamma^(k-1), gamma^k].
                var estimate = 2 * Math.Exp((i + offset) * logGamma) / (gamma + 1);
                return Math.Clamp(estimate, Min, Max);
            }
        }

        return Max;
    }

    private void Ensure(int key)
    {
        if (empty)
        {
            offset = key - (buckets.Length / 2);
            empty = false;
            return;
        }

        if (key >= offset && key < offset + buckets.Length)
        {
            return;
        }

        var newOffset = Math.Min(offset, key - 16);
        var newEnd = Math.Max(offset + buckets.Length, key + 17);
        var grown = new long[Math.Max(newEnd - newOffset, buckets.Length * 2)];
        Array.Copy(buckets, 0, grown, offset - newOffset, buckets.Length);
        buckets = grown;
        offset = newOffset;
    }
}
