using System.Text.Json.Serialization;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>Source-generated JSON for in-toto statements.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(InTotoStatement))]
internal sealed partial class ProvenanceJsonContext : JsonSerializerContext;
