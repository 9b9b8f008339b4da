using System.Text;
using System.Text.Json;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Json;

/// <summary>Reads and writes verdict files (<c>&lt;gate&gt;.verdict.json</c>).</summary>
public static class VerdictJson
{
    /// <summary>The file name of a gate's verdict in the output directory.</summary>
    public static string FileName(string gate) => $"{gate}.verdict.json";

    /// <summary>The verdict as indented snake_case JSON, ending with a newline.</summary>
    public static string Serialize(GateVerdict verdict) =>
        JsonSerializer.Serialize(verdict, ToolkitJsonContext.Default.GateVerdict) + "\n";

    /// <summary>
    /// Parses a verdict after checking it against <c>schemas/verdict.schema.json</c>; a malformed or non-conforming
    /// document (a numeric verdict, a missing field) comes back as an error message, not an exception or a lenient read.
    /// </summary>
    public static (GateVerdict? Verdict, string? Error) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (VerdictSchema.Problem(document.RootElement) is { } problem)
            {
                return (null, problem);
            }

            var verdict = document.RootElement.Deserialize(ToolkitJsonContext.Default.GateVerdict);
            return verdict is null || string.IsNullOrEmpty(verdict.Gate)
                ? (null, "is not a verdict document (no 'gate').")
                : (verdict, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}: " : string.Empty;
            return (null, $"{where}is not a valid verdict: {ex.Message}");
        }
    }

    /// <summary>Writes the verdict to <paramref name="path"/> (UTF-8, no BOM), creating its directory.</summary>
    public static async Task WriteAsync(GateVerdict verdict, string path, CancellationToken cancellationToken)
    {
        await IO.AtomicFile.WriteTextAsync(path, Serialize(verdict), cancellationToken).ConfigureAwait(false);
    }
}
