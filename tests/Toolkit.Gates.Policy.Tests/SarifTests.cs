using System.Text.Json;
using Toolkit.Core.Configuration;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy.Tests.Samples;
using Toolkit.Testing;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.Policy.Tests;

public sealed class SarifTests
{
    private static readonly Lazy<(JsonSchemaValidator Validator, Uri Schema)> Sarif = new(() =>
    {
        var validator = new JsonSchemaValidator();
        // Registered under the URI the reporter writes as $schema (a file: base does not resolve the schema's #/ refs).
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif-schema-2.1.0.json"));
        var uri = validator.Add(text, new Uri(Core.Reporting.SarifVerdictReporter.SchemaUri));
        return (validator, uri);
    });

    [Fact]
    public async Task The_sarif_report_validates_against_the_sarif_2_1_0_schema_and_points_at_lines()
    {
        // Given the bad sample repository
        using var repo = PolicySampleRepository.Bad();
        using var output = new TempDirectory();

        // When the runner runs the gate and writes SARIF
        var run = await new GateRunner().RunAsync(new PolicyGate(environment: PolicyRun.NoActions), GatesConfig.Default, new RunOptions(repo.Root, output.Path) { Formats = ["sarif"] }, CancellationToken.None);

        // Then the SARIF log is valid 2.1.0, and its results carry rule ids, help links and start lines
        var sarif = File.ReadAllText(Path.Combine(output.Path, "policy-ci.sarif"));
        var errors = Sarif.Value.Validator.Validate(sarif, Sarif.Value.Schema);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var tampered = sarif.Replace("\"startLine\": 20", "\"startLine\": \"twenty\"", StringComparison.Ordinal);
        Assert.NotEmpty(Sarif.Value.Validator.Validate(tampered, Sarif.Value.Schema)); // the schema really is enforced
        using var document = JsonDocument.Parse(sarif);
        var sarifRun = document.RootElement.GetProperty("runs")[0];
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "policy/k8s/run-as-non-root" && r.GetProperty("helpUri").GetString()!.Contains("kubelinter", StringComparison.Ordinal));
        var result = sarifRun.GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "policy/docker/last-user-root");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("Dockerfile", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(20, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(Core.Verdicts.VerdictStatus.Fail, run.Verdict.Verdict);
    }
}
