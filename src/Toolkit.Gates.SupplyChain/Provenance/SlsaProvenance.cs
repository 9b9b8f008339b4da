using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>SLSA provenance v1 predicate (https://slsa.dev/spec/v1.0/provenance).</summary>
internal sealed record SlsaProvenance(
    [property: JsonPropertyName("buildDefinition")] SlsaBuildDefinition BuildDefinition,
    [property: JsonPropertyName("runDetails")] SlsaRunDetails RunDetails);
