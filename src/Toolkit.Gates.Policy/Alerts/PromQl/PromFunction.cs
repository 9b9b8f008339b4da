namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A PromQL function's signature: argument types, how many are optional, whether the last repeats.</summary>
internal sealed record PromFunction(string Name, IReadOnlyList<PromValueType> Args, int Optional, bool Variadic, PromValueType Returns)
{
    public int Min => Args.Count - Optional - (Variadic ? 1 : 0);

    public int? Max => Variadic ? null : Args.Count;
}
