using System.Globalization;
using System.Text.Json;
using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Canary.Judge;

namespace Toolkit.Cli.Serve;

/// <summary>
/// Reads a judge request from JSON: the body of <c>POST /v1/judge</c> (Argo Rollouts' web provider), or the
/// <c>metadata</c> of a Flagger webhook (where every value is a string). Every problem is returned, none thrown.
/// </summary>
internal static class JudgeRequestReader
{
    private static readonly HashSet<string> Fields = ["baseline_selector", "canary_selector", "metric", "error_selector", "step", "at", "window", "latency_metric"];

    public static (JudgeRequest? Request, IReadOnlyList<string> Problems) Read(JsonElement body, bool stringsOnly)
    {
        var problems = new List<string>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, ["the request must be a JSON object with baseline_selector, canary_selector, metric and error_selector"]);
        }

        foreach (var property in body.EnumerateObject().Where(p => !Fields.Contains(p.Name) && !stringsOnly))
        {
            problems.Add($"unknown field '{property.Name}'; the fields are {string.Join(", ", Fields.Order(StringComparer.Ordinal))}");
        }

        var baseline = Text(body, "baseline_selector", problems);
        var canary = Text(body, "canary_selector", problems);
        var metric = Text(body, "metric", problems);
        var errors = Text(body, "error_selector", problems);
        var step = Step(body, problems);
        var at = Time(body, problems);
        var window = TimeSpan.FromMinutes(10);
        if (Optional(body, "window") is { } windowText && !ConfigDurations.TryParse(windowText, out window))
        {
            problems.Add($"window '{windowText}' is not a duration such as 10m");
        }

        if (baseline is not null && baseline == canary)
        {
            problems.Add("baseline_selector and canary_selector are the same: the judge would compare the canary with itself");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new JudgeRequest(baseline!, canary!, metric!, errors!, step, at) { Window = window, LatencyMetric = Optional(body, "latency_metric") }, problems);
    }

    private static string? Optional(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static string? Text(JsonElement body, string name, List<string> problems)
    {
        if (Optional(body, name) is { } text)
        {
            return text;
        }

        problems.Add($"'{name}' is required (a non-empty string)");
        return null;
    }

    private static int Step(JsonElement body, List<string> problems)
    {
        if (!body.TryGetProperty("step", out var value))
        {
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0)
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        problems.Add("'step' must be a whole number >= 0");
        return 0;
    }

    private static DateTimeOffset? Time(JsonElement body, List<string> problems)
    {
        if (!body.TryGetProperty("at", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is { Length: > 0 } && ConfigTimes.Parse(text) is { } time)
        {
            return time;
        }

        problems.Add($"'at' must be {ConfigTimes.Forms}");
        return null;
    }
}
