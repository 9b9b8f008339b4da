using System.Text.Json.Serialization;
namespace Toolkit.Gates.Performance.Reporting;

/// <summary>The evidence file <c>perf/headroom.json</c>: per service, the capacity, the headroom and every level measured.</summary>
internal sealed record HeadroomDocument(
    [property: JsonPropertyName("target")] double Target,
    [property: JsonPropertyName("services")] IReadOnlyDictionary<string, HeadroomService> Services);
