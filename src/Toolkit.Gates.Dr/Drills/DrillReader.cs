using System.Globalization;
using System.Text.Json;
using Toolkit.Core.Configuration;
using Toolkit.Core.IO;

namespace Toolkit.Gates.Dr.Drills;

/// <summary>
/// Reads drill records: every <c>*.json</c> in the drills folder holds one record or an array of them. Fields are
/// <c>system</c>, <c>kind</c> (default: the file name), <c>started</c>, <c>completed</c> (RFC 3339), <c>rto</c> and
/// <c>rpo</c> (measured, e.g. <c>18m</c> or seconds; <c>rto</c> defaults to completed - started) and <c>result</c>
/// (<c>pass</c> or <c>fail</c>). An unknown field or a bad value is a problem naming file and entry, never skipped.
/// </summary>
internal static class DrillReader
{
    private static readonly HashSet<string> Fields = ["system", "kind", "started", "completed", "rto", "rpo", "result", "notes", "operator", "ticket"];

    /// <summary>The largest record file read: drill logs are small; anything bigger is not a drill record.</summary>
    private const long MaxBytes = 16 * 1024 * 1024;

    public static (IReadOnlyList<DrillRecord> Records, IReadOnlyList<DrillProblem> Problems) Read(string folder, string display)
    {
        var records = new List<DrillRecord>();
        var problems = new List<DrillProblem>();
        if (File.Exists(folder))
        {
            problems.Add(new DrillProblem(display, 0, 0, "is a file; 'drills' names a folder of *.json drill records"));
            return (records, problems);
        }

        if (!Directory.Exists(folder))
        {
            return (records, problems);
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var file = $"{display.TrimEnd('/')}/{Path.GetFileName(path)}";
            ReadFile(path, file, records, problems);
        }

        return (records, problems);
    }

    private static void ReadFile(string path, string file, List<DrillRecord> records, List<DrillProblem> problems)
    {
        var (bytes, unreadable) = UserFiles.ReadBytes(path, file, MaxBytes);
        if (bytes is null)
        {
            problems.Add(new DrillProblem(file, 0, 0, unreadable!.Reason));
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            problems.Add(new DrillProblem(file, 0, (int)(ex.LineNumber ?? 0) + 1, $"not valid JSON: {ex.Message}"));
            return;
        }

        using (document)
        {
            var kind = Path.GetFileNameWithoutExtension(path);
            var root = document.RootElement;
            var entries = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            if (entries.Count == 0)
            {
                problems.Add(new DrillProblem(file, 0, 1, "holds no drill records (an empty array)"));
            }

            for (var i = 0; i < entries.Count; i++)
            {
                if (Record(entries[i], kind, file, i + 1, problems) is { } record)
                {
                    records.Add(record);
                }
            }
        }
    }

    private static DrillRecord? Record(JsonElement entry, string defaultKind, string file, int index, List<DrillProblem> problems)
    {
        var before = problems.Count;
        void Problem(string message) => problems.Add(new DrillProblem(file, index, 0, message));
        if (entry.ValueKind != JsonValueKind.Object)
        {
            Problem($"is a JSON {entry.ValueKind.ToString().ToLowerInvariant()}, not an object with system, started, completed and result");
            return null;
        }

        foreach (var property in entry.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
        {
            Problem($"unknown field '{property.Name}'; the fields are {string.Join(", ", Fields.Order(StringComparer.Ordinal))}");
        }

        var system = Text(entry, "system", Problem);
        var kind = entry.TryGetProperty("kind", out _) ? Text(entry, "kind", Problem) : defaultKind;
        var started = Time(entry, "started", Problem);
        var completed = Time(entry, "completed", Problem);
        var result = Text(entry, "result", Problem);
        if (result is not null and not "pass" and not "fail")
        {
            Problem($"result '{result}' is neither 'pass' nor 'fail'");
        }

        if (started is { } s && completed is { } c && c < s)
        {
            Problem($"completed ({c:O}) is before started ({s:O})");
        }

        var rto = Duration(entry, "rto", Problem);
        var rpo = Duration(entry, "rpo", Problem);
        if (problems.Count > before || system is null || kind is null || started is null || completed is null || result is null)
        {
            return null;
        }

        return new DrillRecord(system, kind, started.Value, completed.Value, rto ?? (completed.Value - started.Value), rpo, result == "pass", file, index);
    }

    private static string? Text(JsonElement entry, string name, Action<string> problem)
    {
        if (!entry.TryGetProperty(name, out var value))
        {
            problem($"'{name}' is missing");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problem($"'{name}' must be a non-empty string");
            return null;
        }

        return value.GetString();
    }

    private static DateTimeOffset? Time(JsonElement entry, string name, Action<string> problem)
    {
        if (Text(entry, name, problem) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) && HasZone(text))
        {
            return time;
        }

        problem($"'{name}' is '{text}', not an RFC 3339 time with a zone (e.g. 2026-11-20T10:00:00Z)");
        return null;
    }

    // A time without a zone would be read in the runner's local zone: ambiguous for an audit record.
    private static bool HasZone(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal);

    private static TimeSpan? Duration(JsonElement entry, string name, Action<string> problem)
    {
        if (!entry.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds) && double.IsFinite(seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (value.ValueKind == JsonValueKind.String && ConfigDurations.TryParse(value.GetString(), out var duration) && duration >= TimeSpan.Zero)
        {
            return duration;
        }

        problem($"'{name}' must be a duration such as \"18m\" or a number of seconds");
        return null;
    }
}
