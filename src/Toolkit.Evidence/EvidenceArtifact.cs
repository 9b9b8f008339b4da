using System.Text.Json.Serialization;

namespace Toolkit.Evidence;

/// <summary>One file of a pack as the manifest lists it.</summary>
/// <param name="Name">Its kind, in the release contract's words: <c>verdict</c>, <c>sbom</c>, <c>slsa</c>, <c>signatures</c>,
/// <c>slo</c>, <c>perf</c>, <c>migrations</c>, <c>alerts</c>, <c>release_notes</c>, <c>approvals</c>, <c>index</c>, or <c>other</c>.</param>
/// <param name="Path">Where it is in the pack.</param>
/// <param name="Sha256">SHA-256 of its bytes, lower hex.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Source">Where it was under the gates' output directory (the path verdicts' <c>evidence</c> use); null for files the pack made.</param>
public sealed record EvidenceArtifact(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("source"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source = null);
