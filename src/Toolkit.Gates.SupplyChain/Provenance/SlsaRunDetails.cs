using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>Who built it (builder id) and the invocation.</summary>
internal sealed record SlsaRunDetails(
    [property: JsonPropertyName("builder")] SlsaBuilder Builder,
    [property: JsonPropertyName("metadata")] SlsaMetadata Metadata);
