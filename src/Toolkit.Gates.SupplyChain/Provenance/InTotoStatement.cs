using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>An in-toto Statement v1 (https://in-toto.io/Statement/v1) carrying an SLSA provenance v1 predicate.</summary>
internal sealed record InTotoStatement(
    [property: JsonPropertyName("subject")] IReadOnlyList<InTotoSubject> Subject,
    [property: JsonPropertyName("predicate")] SlsaProvenance Predicate)
{
    public const string StatementType = "https://in-toto.io/Statement/v1";
    public const string SlsaProvenanceType = "https://slsa.dev/provenance/v1";

    [JsonPropertyName("_type")]
    [JsonPropertyOrder(-2)]
    public string Type { get; init; } = StatementType;

    [JsonPropertyName("predicateType")]
    [JsonPropertyOrder(-1)]
    public string PredicateType { get; init; } = SlsaProvenanceType;
}
