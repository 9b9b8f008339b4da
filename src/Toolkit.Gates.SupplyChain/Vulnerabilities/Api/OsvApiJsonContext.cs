using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>Source-generated JSON for the OSV API's wire types and the cache: snake_case, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OsvBatchRequest))]
[JsonSerializable(typeof(OsvBatchResponse))]
[JsonSerializable(typeof(OsvCachedAnswer))]
internal sealed partial class OsvApiJsonContext : JsonSerializerContext;
