using System.Text.Json.Serialization;
using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations.Reporting;

/// <summary>Source-generated JSON for the gate's evidence files.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<PlannedDirectory>))]
[JsonSerializable(typeof(List<RollbackReport>))]
[JsonSerializable(typeof(CatalogSnapshot))]
[JsonSerializable(typeof(List<SchemaChange>))]
[JsonSerializable(typeof(Dictionary<string, CatalogSnapshot>))]
[JsonSerializable(typeof(Dictionary<string, List<SchemaChange>>))]
[JsonSerializable(typeof(Dictionary<string, List<ParityResult>>))]
internal sealed partial class MigrationsJsonContext : JsonSerializerContext;
