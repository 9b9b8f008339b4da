using System.Collections.Frozen;

namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>
/// The functions of the PromQL reference (prometheus.io/docs/prometheus/latest/querying/functions/), so an unknown
/// name is a syntax error as it is in Prometheus. Signature letters: v instant vector, m range vector, s scalar,
/// S string; '?' after a letter makes it optional, '*' makes it repeat.
/// </summary>
internal static class PromFunctions
{
    private static readonly string[] Signatures =
    [
        "abs v>v", "absent v>v", "absent_over_time m>v", "acos v>v", "acosh v>v", "asin v>v", "asinh v>v", "atan v>v", "atanh v>v",
        "avg_over_time m>v", "ceil v>v", "changes m>v", "clamp vss>v", "clamp_max vs>v", "clamp_min vs>v", "cos v>v", "cosh v>v",
        "count_over_time m>v", "days_in_month v?>v", "day_of_month v?>v", "day_of_week v?>v", "day_of_year v?>v", "deg v>v",
        "delta m>v", "deriv m>v", "exp v>v", "floor v>v", "histogram_avg v>v", "histogram_count v>v", "histogram_sum v>v",
        "histogram_stddev v>v", "histogram_stdvar v>v", "histogram_fraction ssv>v", "histogram_quantile sv>v",
        "double_exponential_smoothing mss>v", "holt_winters mss>v", "hour v?>v", "idelta m>v", "increase m>v", "info vv?>v", "irate m>v",
        "label_replace vSSSS>v", "label_join vSSS*>v", "last_over_time m>v", "ln v>v", "log10 v>v", "log2 v>v", "mad_over_time m>v",
        "max_over_time m>v", "min_over_time m>v", "minute v?>v", "month v?>v", "pi >s", "predict_linear ms>v",
        "present_over_time m>v", "quantile_over_time sm>v", "rad v>v", "rate m>v", "resets m>v", "round vs?>v", "scalar v>s",
        "sgn v>v", "sin v>v", "sinh v>v", "sort v>v", "sort_desc v>v", "sort_by_label vS*>v", "sort_by_label_desc vS*>v",
        "sqrt v>v", "stddev_over_time m>v", "stdvar_over_time m>v", "sum_over_time m>v", "tan v>v", "tanh v>v", "time >s",
        "timestamp v>v", "vector s>v", "year v?>v", "ts_of_max_over_time m>v", "ts_of_min_over_time m>v", "ts_of_last_over_time m>v",
        "first_over_time m>v", "ts_of_first_over_time m>v", "limitk_over_time m>v",
    ];

    private static readonly FrozenDictionary<string, PromFunction> ByName = Signatures.Select(Parse).ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The aggregation operators; those in <see cref="WithParameter"/> take a parameter first.</summary>
    public static readonly FrozenSet<string> Aggregations = FrozenSet.ToFrozenSet(
        ["sum", "avg", "count", "min", "max", "group", "stddev", "stdvar", "topk", "bottomk", "count_values", "quantile", "limitk", "limit_ratio"],
        StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> WithParameter = FrozenSet.ToFrozenSet(
        ["topk", "bottomk", "count_values", "quantile", "limitk", "limit_ratio"], StringComparer.OrdinalIgnoreCase);

    public static PromFunction? Find(string name) => ByName.GetValueOrDefault(name);

    private static PromFunction Parse(string signature)
    {
        var space = signature.IndexOf(' ', StringComparison.Ordinal);
        var arrow = signature.IndexOf('>', StringComparison.Ordinal);
        var args = new List<PromValueType>();
        var optional = 0;
        var variadic = false;
        foreach (var c in signature[(space + 1)..arrow])
        {
            switch (c)
            {
                case '?': optional++; break;
                case '*': variadic = true; break;
                default: args.Add(TypeOf(c)); break;
            }
        }

        return new PromFunction(signature[..space], args, optional, variadic, TypeOf(signature[arrow + 1]));
    }

    private static PromValueType TypeOf(char c) => c switch
    {
        'v' => PromValueType.InstantVector,
        'm' => PromValueType.RangeVector,
        's' => PromValueType.Scalar,
        _ => PromValueType.String,
    };
}
