using System.Text.Json;
using Toolkit.Gates.Slo.Canary.Judge;

namespace Toolkit.Cli.Serve;

/// <summary>The judge's JSON answer: <c>verdict</c>, <c>reasons</c>, <c>step</c>, <c>canary_requests</c> and <c>comparisons</c>.</summary>
internal static class JudgeResponse
{
    public static byte[] Write(JudgeVerdict verdict)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("verdict", verdict.Verdict);
            json.WriteStartArray("reasons");
            foreach (var reason in verdict.Reasons)
            {
                json.WriteStringValue(reason);
            }

            json.WriteEndArray();
            json.WriteNumber("step", verdict.Step);
            if (verdict.CanaryRequests is { } requests)
            {
                json.WriteNumber("canary_requests", Math.Round(requests, 3));
            }

            json.WriteStartArray("comparisons");
            foreach (var c in verdict.Comparisons)
            {
                json.WriteStartObject();
                json.WriteString("metric", c.Metric);
                json.WriteNumber("canary", Math.Round(c.Canary, 6));
                json.WriteNumber("baseline", Math.Round(c.Baseline, 6));
                json.WriteNumber("p_value", Math.Round(c.PValue, 6));
                json.WriteNumber("effect", Math.Round(c.Effect, 6));
                json.WriteString("result", c.Result);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A request the judge cannot use (HTTP 400), every problem listed.</summary>
    public static byte[] Problems(IEnumerable<string> problems) =>
        Write(new JudgeVerdict("invalid", [.. problems], 0, []));
}
