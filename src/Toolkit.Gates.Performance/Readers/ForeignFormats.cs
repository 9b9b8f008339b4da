using System.Text.Json;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>
/// Files people hand the gate that look like results but are another tool's format: named as such, so the message says
/// what to export instead of "not valid JSON" at line 2.
/// </summary>
internal static class ForeignFormats
{
    private static readonly string[] DashboardEvents = ["config", "param", "start", "stop", "metric", "snapshot", "cumulative", "threshold"];

    /// <summary>What the file is and what to give the gate instead; null when it is not a known foreign format.</summary>
    public static string? Describe(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            return "a gzip-compressed file (xk6-dashboard and k6 write .gz when asked); decompress it with gunzip first.";
        }

        var newline = head.IndexOf((byte)'\n');
        if (newline < 0)
        {
            return null;
        }

        // A one-line JSON document (a minified summary) is not JSON lines: there must be a second object.
        var first = head[..newline].Trim(" \t\r"u8);
        if (!first.StartsWith("{"u8) || !first.EndsWith("}"u8) || !head[(newline + 1)..].TrimStart(" \t\r\n"u8).StartsWith("{"u8))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(first);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if ((JsonFiles.String(root, "event") ?? JsonFiles.String(root, "type")) is { } kind && DashboardEvents.Contains(kind, StringComparer.Ordinal))
            {
                return $"xk6-dashboard's event stream (its first event is '{kind}'), not k6 results; give the gate k6's own --out json=<file> stream or the --summary-export / handleSummary JSON of the same run.";
            }

            // One JSON object per line, but not k6's: a JSON document would not end its first object on line 1.
            return $"JSON lines whose objects are not k6 --out json Metric/Point lines (the first has {Describe(root)}); the gate reads k6 --out json, k6 summaries, BenchmarkDotNet full JSON, hyperfine JSON, go test -bench output and github-action-benchmark JSON.";
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(JsonElement root)
    {
        var names = root.EnumerateObject().Select(p => p.Name).Take(4).ToList();
        return names.Count == 0 ? "no properties" : "properties " + string.Join(", ", names.Select(n => $"'{n}'"));
    }
}
