using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>The builder identity (a URI).</summary>
public sealed record SlsaBuilder([property: JsonPropertyName("id")] string Id);
