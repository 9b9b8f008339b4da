using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Toolkit.Gates.Performance.K6;

/// <summary>Routing a point to its metric, its sub-metrics and its load level.</summary>
internal sealed partial class K6StreamReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPoint(ReadOnlySpan<byte> metric, PointData point, ReadOnlySpan<byte> line)
    {
        var entry = Entry(metric);
        if (selecting)
        {
            Offer(entry, point, line);
            return;
        }

        entry.Aggregate.Add(point.Value);
        var time = double.NaN;
        if (point.TimeLength > 0 && K6Timestamp.TryParseNanoseconds(line.Slice(point.TimeStart, point.TimeLength), out var nanoseconds))
        {
            time = nanoseconds / 1e9;
        }

        if (entry.SubMetrics.Count > 0 && point.TagsLength > 0)
        {
            var tags = line.Slice(point.TagsStart, point.TagsLength);
            foreach (var (selector, aggregate) in entry.SubMetrics)
            {
                if (Matches(tags, selector))
                {
                    aggregate.Add(point.Value);
                }
            }
        }

        if (!options.GroupByLoad)
        {
            return;
        }

        if (entry.Role == MetricRole.Load)
        {
            currentLoad = point.Value;
        }
        else if (entry.Role != MetricRole.None && !double.IsNaN(currentLoad))
        {
            if (!steps.TryGetValue(currentLoad, out var step))
            {
                step = new StepAggregate(currentLoad, options.RelativeAccuracy);
                steps[currentLoad] = step;
            }

            step.Add(entry.Role, point.Value, time);
        }
    }

    private static void Offer(MetricEntry entry, PointData point, ReadOnlySpan<byte> line)
    {
        if (entry.Aggregate.Selecting)
        {
            entry.Aggregate.Offer(point.Value);
        }

        if (point.TagsLength > 0)
        {
            var tags = line.Slice(point.TagsStart, point.TagsLength);
            foreach (var (selector, aggregate) in entry.SubMetrics)
            {
                if (aggregate.Selecting && Matches(tags, selector))
                {
                    aggregate.Offer(point.Value);
                }
            }
        }
    }

    // Every filter tag must be present with exactly the given value (k6 compares tag values as strings).
    private static bool Matches(ReadOnlySpan<byte> tags, MetricSelector selector)
    {
        var matched = 0;
        var reader = new Utf8JsonReader(tags);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = -1;
            for (var i = 0; i < selector.Tags.Count; i++)
            {
                if (reader.ValueTextEquals(selector.Tags[i].Key))
                {
                    index = i;
                    break;
                }
            }

            reader.Read();
            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            if (ValueEquals(ref reader, selector.Tags[index].Value))
            {
                matched++;
            }
            else
            {
                return false;
            }
        }

        return matched == selector.Tags.Count;
    }

    private static bool ValueEquals(ref Utf8JsonReader reader, string expected)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.ValueTextEquals(expected);
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                return Encoding.UTF8.GetString(reader.ValueSpan) == expected;
            default:
                reader.Skip();
                return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private MetricEntry Entry(ReadOnlySpan<byte> name)
    {
        foreach (var candidate in entries)
        {
            if (name.SequenceEqual(candidate.Name))
            {
                return candidate;
            }
        }

        var text = Encoding.UTF8.GetString(name);
        var role = text == options.LoadMetric ? MetricRole.Load
            : text == options.LatencyMetric ? MetricRole.Latency
            : text == options.ErrorMetric ? MetricRole.Errors
            : MetricRole.None;
        var entry = new MetricEntry(name.ToArray(), new MetricAggregate(text, options.RelativeAccuracy), role);
        foreach (var selector in options.SubMetrics.Where(s => s.Metric == text))
        {
            entry.SubMetrics.Add((selector, new MetricAggregate(selector.Text, options.RelativeAccuracy)));
        }

        entries.Add(entry);
        return entry;
    }
}
