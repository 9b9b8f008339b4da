using System.Text.Json.Serialization;

namespace Toolkit.Evidence;

/// <summary>
/// Source-generated JSON for the manifest: indented with <c>\n</c> on every host (the default new line is the
/// platform's), and strict on reading (required members present, nullability respected).
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    NewLine = "\n",
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(EvidenceManifest))]
internal sealed partial class EvidenceJsonContext : JsonSerializerContext;
