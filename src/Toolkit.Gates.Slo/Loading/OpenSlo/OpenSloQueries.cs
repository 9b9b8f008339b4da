using System.Globalization;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading.OpenSlo;

/// <summary>
/// Turns an OpenSLO indicator, objective and budgeting method into the golden-path SLI queries (every query keeps a
/// <c>{{window}}</c> placeholder, see docs/slo-formats.md):
/// Occurrences counts events over the window; Timeslices counts slices whose ratio meets <c>timeSliceTarget</c>;
/// RatioTimeslices averages the slices' ratios. Slices are PromQL subqueries stepping by <c>timeSliceWindow</c>.
/// </summary>
internal static class OpenSloQueries
{
    private const string Window = "{{window}}";

    /// <summary>Fills the queries of <paramref name="sli"/>; <paramref name="method"/> is Occurrences, Timeslices or RatioTimeslices.</summary>
    public static Sli Apply(Sli sli, OpenSloIndicator indicator, OpenSloObjective objective, string method)
    {
        if (indicator.Threshold is { Query: { } threshold })
        {
            // Each sample (Occurrences) or slice (Timeslices) is good when the metric meets op value.
            var step = method == "Occurrences" ? string.Empty : Durations.Format(objective.TimeSliceWindow!.Value);
            var instant = QueryTemplate.Render(threshold, step.Length == 0 ? "5m" : step);
            var value = objective.Value!.Value.ToString("R", CultureInfo.InvariantCulture);
            return sli with { ErrorQuery = $"1 - avg_over_time((({instant}) {objective.Operator} bool {value})[{Window}:{step}])" };
        }

        if (method == "Occurrences")
        {
            return indicator.Raw is { Query: { } raw }
                ? sli with { ErrorQuery = indicator.RawIsFailure ? PromQl.GaugeAverage(raw) : $"1 - {PromQl.GaugeAverage(raw)}" }
                : sli with
                {
                    GoodQuery = indicator.Good?.Query is { } good ? Events(good, indicator.Counter) : null,
                    ErrorQuery = indicator.Bad?.Query is { } bad ? Events(bad, indicator.Counter) : null,
                    TotalQuery = Events(indicator.Total!.Query!, indicator.Counter),
                };
        }

        var slice = Durations.Format(objective.TimeSliceWindow!.Value);
        var ratio = SliceGoodRatio(indicator, slice);
        return method == "Timeslices"
            ? sli with { ErrorQuery = $"1 - avg_over_time((({ratio}) >= bool {objective.TimeSliceTarget!.Value.ToString("R", CultureInfo.InvariantCulture)})[{Window}:{slice}])" }
            : sli with { ErrorQuery = $"1 - avg_over_time(({ratio})[{Window}:{slice}])" };
    }

    /// <summary>The windowed event count of a ratio part: the query itself when it has <c>{{window}}</c>, else its rate (counter) or sum (gauge).</summary>
    public static string Events(string query, bool counter) => counter ? PromQl.CounterRate(query) : PromQl.GaugeSum(query);

    /// <summary>Good share of one slice; slices without traffic have no value and are skipped, not counted bad.</summary>
    private static string SliceGoodRatio(OpenSloIndicator indicator, string slice)
    {
        if (indicator.Raw is { Query: { } raw })
        {
            var average = QueryTemplate.Render(PromQl.GaugeAverage(raw), slice);
            return indicator.RawIsFailure ? $"1 - {average}" : average;
        }

        var total = QueryTemplate.Render(Events(indicator.Total!.Query!, indicator.Counter), slice);
        return indicator.Good?.Query is { } good
            ? $"{QueryTemplate.Render(Events(good, indicator.Counter), slice)} / ({total} > 0)"
            : $"1 - {QueryTemplate.Render(Events(indicator.Bad!.Query!, indicator.Counter), slice)} / ({total} > 0)";
    }
}
