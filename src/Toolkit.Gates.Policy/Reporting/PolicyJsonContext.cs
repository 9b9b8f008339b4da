using System.Text.Json.Serialization;
using Toolkit.Gates.Policy.Alerts;

namespace Toolkit.Gates.Policy.Reporting;

/// <summary>Source-generated JSON for the gate's evidence files.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(AlertStats))]
[JsonSerializable(typeof(AlertHygieneReport))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext;
