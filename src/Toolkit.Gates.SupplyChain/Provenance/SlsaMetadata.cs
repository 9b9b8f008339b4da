using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>Invocation id (the run URL) and when the build started.</summary>
internal sealed record SlsaMetadata(
    [property: JsonPropertyName("invocationId")] string InvocationId,
    [property: JsonPropertyName("startedOn")] DateTimeOffset StartedOn);
