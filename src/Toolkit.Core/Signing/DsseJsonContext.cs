using System.Text.Json.Serialization;

namespace Toolkit.Core.Signing;

/// <summary>Source-generated JSON for DSSE envelopes (compact, one line, as <c>.intoto.jsonl</c> files hold them).</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(DsseEnvelope))]
internal sealed partial class DsseJsonContext : JsonSerializerContext;
