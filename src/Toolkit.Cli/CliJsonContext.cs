using System.Text.Json.Serialization;
using Toolkit.Cli.Publishing;

namespace Toolkit.Cli;

/// <summary>Source-generated JSON for the CLI's own small outputs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(PublishContext))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
