using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;

namespace Toolkit.Evidence;

/// <summary>
/// Reads verdicts for a pack more strictly than <see cref="VerdictJson"/> does: an explicit null where the model has
/// none, a null in a list, or evidence without path and hash is refused, so what the pack signs and the page renders is
/// a well-formed verdict. (Absent optional members are fine: verdicts leave out what is null.)
/// </summary>
internal static class StrictVerdicts
{
    private static readonly JsonTypeInfo<GateVerdict> Type = CreateType();

    public static (GateVerdict? Verdict, string? Error) Parse(byte[] utf8)
    {
        GateVerdict? verdict;
        try
        {
            using (var document = JsonDocument.Parse(utf8))
            {
                if (VerdictSchema.Problem(document.RootElement) is { } problem)
                {
                    return (null, problem);
                }
            }

            verdict = JsonSerializer.Deserialize(utf8, Type);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}: " : string.Empty;
            return (null, $"{where}is not a valid verdict: {ex.Message}");
        }

        if (verdict is null || string.IsNullOrEmpty(verdict.Gate))
        {
            return (null, "is not a verdict document (no 'gate').");
        }

        var hasNull = verdict.Findings.Any(f => f is null) || verdict.Thresholds.Any(t => t is null)
            || verdict.Evidence.Any(e => e?.Path is null || e.Sha256 is null)
            || verdict.Waived.Any(w => w?.Finding is null || w.Waiver is null);
        return hasNull ? (null, "is not a valid verdict: a list holds null, or evidence lacks its path or sha256.") : (verdict, null);
    }

    private static JsonTypeInfo<GateVerdict> CreateType()
    {
        var options = new JsonSerializerOptions(ToolkitJsonContext.Default.Options) { RespectNullableAnnotations = true };
        return (JsonTypeInfo<GateVerdict>)options.GetTypeInfo(typeof(GateVerdict));
    }
}
