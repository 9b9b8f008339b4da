using System.Text.Json.Serialization;

namespace Toolkit.Core.Evidence;

/// <summary>The commits a release covers: after <paramref name="From"/> (the previous release; null for the first) up to <paramref name="To"/>.</summary>
public sealed record CommitRange(
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string To)
{
    public override string ToString() => $"{From ?? "(start)"}..{To}";
}
