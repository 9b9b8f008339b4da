using System.Text.Json.Serialization;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>Source-generated JSON for the baseline store and the evidence files.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HistoryEntry))]
[JsonSerializable(typeof(Reporting.HeadroomDocument))]
internal sealed partial class PerfJsonContext : JsonSerializerContext;
