using System.Text.Json;
using Json.Schema;
using Toolkit.Core.Configuration;

namespace Toolkit.Core.Json;

/// <summary>
/// Checks a verdict document against <c>schemas/verdict.schema.json</c> (embedded) before it is trusted: a numeric
/// verdict, a missing summary or an unknown member would otherwise be read leniently and could turn a gate green.
/// </summary>
internal static class VerdictSchema
{
    private const int MaxReported = 3;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(Schemas.Read(Schemas.Verdict)));

    /// <summary>What is wrong with <paramref name="document"/> (at most a few, each with its JSON pointer), or null when it conforms.</summary>
    public static string? Problem(JsonElement document)
    {
        var results = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return null;
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{Where(d.InstanceLocation.ToString())}: {e.Value}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (errors.Count == 0)
        {
            return "does not match schemas/verdict.schema.json.";
        }

        var shown = string.Join("; ", errors.Take(MaxReported));
        var more = errors.Count > MaxReported ? $" (and {errors.Count - MaxReported} more)" : string.Empty;
        return $"does not match schemas/verdict.schema.json: {shown}{more}.";
    }

    private static string Where(string pointer) => pointer.Length == 0 ? "the document" : pointer;
}
