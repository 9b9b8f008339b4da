using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>The builder identity (a URI).</summary>
internal sealed record SlsaBuilder([property: JsonPropertyName("id")] string Id);
