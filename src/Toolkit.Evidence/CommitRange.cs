using System.Text.Json.Serialization;

namespace Toolkit.Evidence;

/// <summary>The commits a release covers: after <paramref name="From"/> (the previous release; null for the first) up to <paramref name="To"/>.</summary>
/// <param name="From">The commit sha of the previous release, excluded; null when the range starts at the beginning.</param>
/// <param name="To">The commit sha of the release, included.</param>
public sealed record CommitRange(
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string To)
{
    /// <summary><c>from..to</c>, git's notation, with <c>(start)</c> for a missing <c>from</c>.</summary>
    public override string ToString() => $"{From ?? "(start)"}..{To}";
}
