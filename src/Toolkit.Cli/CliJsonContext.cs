using System.Text.Json.Serialization;

namespace Toolkit.Cli;

/// <summary>Source-generated JSON for the CLI's own small outputs.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
