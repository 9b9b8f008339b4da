using System.Text;
using System.Text.Json;

namespace Toolkit.Gates.Performance.K6;

/// <summary>One line of the stream: a <c>Metric</c> declaration or a <c>Point</c>.</summary>
internal sealed partial class K6StreamReader
{
    private static ReadOnlySpan<byte> TypeProperty => "type"u8;

    private static ReadOnlySpan<byte> MetricProperty => "metric"u8;

    private static ReadOnlySpan<byte> DataProperty => "data"u8;

    private static ReadOnlySpan<byte> PointValue => "Point"u8;

    private static ReadOnlySpan<byte> MetricValue => "Metric"u8;

    private bool ProcessLine(ReadOnlySpan<byte> line, out string? error)
    {
        error = null;
        line = line.TrimEnd((byte)'\r');
        if (line.IsEmpty || line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
        {
            return true;
        }

        if (selecting && MetricOf(line) is { IsEmpty: false } name && Skippable(Entry(name)))
        {
            return true;
        }

        if (TryFastPoint(line))
        {
            return true;
        }

        try
        {
            return ParseLine(line, out error);
        }
        catch (JsonException ex)
        {
            error = $"not valid JSON at byte {(ex.BytePositionInLine ?? 0) + 1} of the line; a k6 --out json file has one JSON object per line.";
            return false;
        }
    }

    private bool ParseLine(ReadOnlySpan<byte> line, out string? error)
    {
        error = null;
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            error = "expected a JSON object per line (k6 --out json).";
            return false;
        }

        var kind = 0; // 1 point, 2 metric declaration
        ReadOnlySpan<byte> metric = default;
        var point = default(PointData);
        ReadOnlySpan<byte> declaredType = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(TypeProperty))
            {
                reader.Read();
                kind = reader.ValueTextEquals(PointValue) ? 1 : reader.ValueTextEquals(MetricValue) ? 2 : 3;
            }
            else if (reader.ValueTextEquals(MetricProperty))
            {
                reader.Read();
                metric = reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString() ?? string.Empty) : reader.ValueSpan;
            }
            else if (reader.ValueTextEquals(DataProperty))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                if (!ReadData(ref reader, line, ref point, ref declaredType, out error))
                {
                    return false;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (kind == 1)
        {
            if (metric.IsEmpty || !point.HasValue)
            {
                error = metric.IsEmpty
                    ? "a Point without a \"metric\" name; k6 --out json names the metric of every point."
                    : "a Point without a numeric data.value; k6 --out json writes a number for every point.";
                return false;
            }

            AddPoint(metric, point, line);
        }
        else if (kind == 2 && !metric.IsEmpty && !declaredType.IsEmpty)
        {
            var type = Encoding.UTF8.GetString(declaredType);
            if (type is not ("counter" or "gauge" or "rate" or "trend"))
            {
                error = $"metric '{Encoding.UTF8.GetString(metric)}' declares the unknown type '{type}'; k6 metrics are counter, gauge, rate or trend.";
                return false;
            }

            var entry = Entry(metric);
            if (entry.Aggregate.Count > 0 && entry.Aggregate.Type != type)
            {
                // Aggregates built as one type cannot become another; k6 declares a metric once, before its points.
                error = $"metric '{entry.Aggregate.Name}' is declared as {type} after points aggregated as {entry.Aggregate.Type}; k6 declares each metric once, before its first point.";
                return false;
            }

            entry.SetType(type);
        }
        else if (kind is 0 or 3)
        {
            error = "not a k6 --out json line: every line is an object with \"type\": \"Metric\" or \"Point\".";
            return false;
        }

        return true;
    }

    // Collects what both line kinds need; tags are only remembered by position and parsed when a filter needs them.
    private static bool ReadData(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, ref PointData point, ref ReadOnlySpan<byte> declaredType, out string? error)
    {
        error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                var text = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? "an object or array" : Encoding.UTF8.GetString(reader.ValueSpan);
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value) || !double.IsFinite(value))
                {
                    // Counting such a point as 0 would pass 'rate<0.01'; a k6 file never holds one.
                    error = reader.TokenType == JsonTokenType.Number
                        ? $"data.value {text} is not a finite number; k6 writes finite numbers only, so the file is damaged or not from k6."
                        : $"data.value is {(reader.TokenType == JsonTokenType.String ? "the string \"" + text + "\"" : text)}, not a number; k6 writes a number for every point.";
                    return false;
                }

                point.Value = value;
                point.HasValue = true;
            }
            else if (reader.ValueTextEquals("time"u8))
            {
                reader.Read();
                point.TimeStart = (int)reader.TokenStartIndex + 1;
                point.TimeLength = reader.ValueSpan.Length;
            }
            else if (reader.ValueTextEquals("tags"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                point.TagsStart = start;
                point.TagsLength = (int)reader.BytesConsumed - start;
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                declaredType = line.Slice((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return true;
    }

    // The metric name of a line in k6's own layout (the "metric" key last), without parsing the rest.
    private static ReadOnlySpan<byte> MetricOf(ReadOnlySpan<byte> line)
    {
        var at = line.LastIndexOf("\"metric\":\""u8);
        if (at < 0 || line.Length < 2 || line[^1] != '}' || line[^2] != '"')
        {
            return default;
        }

        var name = line[(at + 10)..^2];
        return name.IndexOfAny((byte)'"', (byte)'\\') >= 0 ? default : name;
    }

    private struct PointData
    {
        public double Value;
        public bool HasValue;
        public int TimeStart;
        public int TimeLength;
        public int TagsStart;
        public int TagsLength;
    }
}
