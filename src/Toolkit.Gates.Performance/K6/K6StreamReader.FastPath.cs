using System.Runtime.CompilerServices;
using System.Buffers.Text;

namespace Toolkit.Gates.Performance.K6;

/// <summary>
/// The fast path for the one line layout k6 writes for points,
/// <c>{"type":"Point","data":{"time":"…","value":N,"tags":{…}},"metric":"…"}</c>: fields are sliced with vectorised
/// searches instead of tokenising every tag. Anything that does not match the layout exactly (other field order,
/// escapes, whitespace) goes through the full <see cref="System.Text.Json.Utf8JsonReader"/> path, which also reports
/// malformed lines; tags are still parsed as JSON whenever a sub-metric filter needs them.
/// </summary>
internal sealed partial class K6StreamReader
{
    private static ReadOnlySpan<byte> PointPrefix => "{\"type\":\"Point\",\"data\":{\"time\":\""u8;

    private static ReadOnlySpan<byte> ValueKey => "\",\"value\":"u8;

    private static ReadOnlySpan<byte> TagsKey => ",\"tags\":"u8;

    private static ReadOnlySpan<byte> MetricKey => "},\"metric\":\""u8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryFastPoint(ReadOnlySpan<byte> line)
    {
        if (!line.StartsWith(PointPrefix) || line.Length < 2 || line[^1] != '}' || line[^2] != '"')
        {
            return false;
        }

        var rest = line[PointPrefix.Length..];
        var timeEnd = rest.IndexOf(ValueKey);
        if (timeEnd < 0 || rest[..timeEnd].Contains((byte)'\\'))
        {
            return false;
        }

        var afterValue = rest[(timeEnd + ValueKey.Length)..];
        if (!Utf8Parser.TryParse(afterValue, out double value, out var consumed) || !double.IsFinite(value) || !afterValue[consumed..].StartsWith(TagsKey))
        {
            return false;
        }

        var metricAt = line.LastIndexOf(MetricKey);
        var tagsStart = PointPrefix.Length + timeEnd + ValueKey.Length + consumed + TagsKey.Length;
        if (metricAt < tagsStart)
        {
            return false;
        }

        var metric = line[(metricAt + MetricKey.Length)..^2];
        if (metric.IsEmpty || metric.IndexOfAny((byte)'"', (byte)'\\') >= 0)
        {
            return false;
        }

        var point = new PointData
        {
            Value = value,
            HasValue = true,
            TimeStart = PointPrefix.Length,
            TimeLength = timeEnd,
            TagsStart = tagsStart,
            TagsLength = metricAt - tagsStart,
        };

        // A tags value that is not an object (k6 writes null for gauges without tags) has nothing to filter on.
        if (line[tagsStart] != '{')
        {
            point.TagsLength = 0;
        }

        AddPoint(metric, point, line);
        return true;
    }
}
