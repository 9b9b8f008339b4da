namespace Toolkit.Gates.Slo.Burn;

/// <summary>The burn rates of one window pair and whether its rule fired.</summary>
internal sealed record PairResult(WindowPair Pair, double LongBurn, double ShortBurn)
{
    public bool Fires => LongBurn > Pair.Factor && ShortBurn > Pair.Factor;
}
