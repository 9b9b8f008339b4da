using System.Text.Json.Serialization;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>One recorded run in the baseline store: which commit, when, every benchmark's value and where it ran.</summary>
internal sealed record HistoryEntry(
    [property: JsonPropertyName("commit")] string Commit,
    [property: JsonPropertyName("date")] DateTimeOffset Date,
    [property: JsonPropertyName("values")] IReadOnlyDictionary<string, RecordedValue> Values,
    [property: JsonPropertyName("environment")] IReadOnlyDictionary<string, string>? Environment = null);
