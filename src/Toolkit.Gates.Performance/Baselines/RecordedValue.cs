using System.Text.Json.Serialization;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>One benchmark's value in a history entry; raw samples are kept (capped) so the next PR can run the rank test.</summary>
internal sealed record RecordedValue(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("samples")] IReadOnlyList<double>? Samples = null);
