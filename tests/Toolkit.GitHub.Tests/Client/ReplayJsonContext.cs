using System.Text.Json;
using System.Text.Json.Serialization;

namespace Toolkit.GitHub.Tests.Client;

/// <summary>JSON for the replay tests' own types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<RecordedIssue>))]
[JsonSerializable(typeof(RecordedLabel))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ReplayJsonContext : JsonSerializerContext;
