using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>What was built and from what: build type, external parameters (the GitHub run) and resolved dependencies.</summary>
internal sealed record SlsaBuildDefinition(
    [property: JsonPropertyName("buildType")] string BuildType,
    [property: JsonPropertyName("externalParameters")] IReadOnlyDictionary<string, string> ExternalParameters,
    [property: JsonPropertyName("resolvedDependencies")] IReadOnlyList<SlsaResourceDescriptor> ResolvedDependencies);
