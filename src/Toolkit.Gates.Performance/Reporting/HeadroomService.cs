using System.Text.Json.Serialization;
using Toolkit.Gates.Performance.Headroom;

namespace Toolkit.Gates.Performance.Reporting;

/// <summary>One service in <c>perf/headroom.json</c>.</summary>
internal sealed record HeadroomService(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("expected_peak")] double ExpectedPeak,
    [property: JsonPropertyName("capacity")] double Capacity,
    [property: JsonPropertyName("headroom")] double? Headroom,
    [property: JsonPropertyName("saturated")] bool Saturated,
    [property: JsonPropertyName("levels")] IReadOnlyList<LevelOutcome> Levels);
