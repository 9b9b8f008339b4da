using System.Text;
using System.Text.Json;

namespace Toolkit.Gates.Performance.K6;

/// <summary>One line of the stream: a <c>Metric</c> declaration or a <c>Point</c>.</summary>
public sealed partial class K6StreamReader
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

                ReadData(ref reader, line, ref point, ref declaredType);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (kind == 1 && point.HasValue && !metric.IsEmpty)
        {
            AddPoint(metric, point, line);
        }
        else if (kind == 2 && !metric.IsEmpty && !declaredType.IsEmpty)
        {
            Entry(metric).SetType(Encoding.UTF8.GetString(declaredType));
        }

        return true;
    }

    // Collects what both line kinds need; tags are only remembered by position and parsed when a filter needs them.
    private static void ReadData(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, ref PointData point, ref ReadOnlySpan<byte> declaredType)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Number)
                {
                    point.Value = reader.GetDouble();
                    point.HasValue = true;
                }
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
