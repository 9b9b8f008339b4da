using System.Text.Json.Serialization;

namespace Toolkit.Gates.Slo.Reporting;

/// <summary>Source-generated serialization of the evidence documents.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PathReport))]
internal sealed partial class SloJsonContext : JsonSerializerContext;
