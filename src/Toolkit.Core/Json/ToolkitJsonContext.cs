using System.Text.Json.Serialization;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Json;

/// <summary>Source-generated JSON for the toolkit's wire formats: snake_case, enums in lower case, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    UseStringEnumConverter = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(GateVerdict))]
[JsonSerializable(typeof(IReadOnlyList<GateVerdict>))]
internal sealed partial class ToolkitJsonContext : JsonSerializerContext;
