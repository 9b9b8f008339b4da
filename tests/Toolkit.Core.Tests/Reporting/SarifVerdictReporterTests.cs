using System.Text.Json;
using Toolkit.Core.Reporting;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Reporting;

public sealed class SarifVerdictReporterTests
{
    private readonly SarifVerdictReporter reporter = new();

    [Fact]
    public void Reads_as_the_snapshot()
    {
        // Given a failing verdict with every kind of finding
        // When it is rendered as SARIF
        var sarif = reporter.Render(SampleVerdicts.Failing());

        // Then it reads as the snapshot (the toolkit version aside, which moves with releases)
        Snapshot.Match("sarif-fail", sarif.Replace($"\"{ToolkitInfo.Version}\"", "\"<version>\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Has_one_run_with_the_tool_rules_and_results_GitHub_expects()
    {
        // Given a failing verdict
        // When it is rendered and parsed back
        using var document = JsonDocument.Parse(reporter.Render(SampleVerdicts.Failing()));
        var root = document.RootElement;
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();

        // Then the header, driver and de-duplicated rules are right
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifVerdictReporter.SchemaUri, root.GetProperty("$schema").GetString());
        Assert.Equal("toolkit-supply-chain", driver.GetProperty("name").GetString());
        Assert.Equal(ToolkitInfo.Version, driver.GetProperty("semanticVersion").GetString());
        Assert.Equal(["GHSA-aaaa-bbbb-cccc", "mutable-tag", "GHSA-dddd-eeee-ffff"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("Prototype pollution in lodash", rules[0].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("error", rules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());

        // And every result points at its rule, with level, region and fingerprint
        Assert.Equal(4, results.Count);
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            Assert.True(result.GetProperty("partialFingerprints").TryGetProperty(SarifVerdictReporter.FingerprintKey, out _));
        }

        Assert.Equal(["error", "warning", "note", "error"], results.Select(r => r.GetProperty("level").GetString()));
        var first = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("web/package-lock.json", first.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", first.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(120, first.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(30, first.GetProperty("region").GetProperty("endColumn").GetInt32());
        Assert.Equal("4.17.21", results[0].GetProperty("properties").GetProperty("fixed").GetString());
        var noLine = results[2].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("web/My%20App/package.json", noLine.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(noLine.TryGetProperty("region", out _));
    }

    [Fact]
    public void Waived_findings_are_suppressed_results_with_the_waiver_as_justification()
    {
        // Given a verdict with a waived finding
        // When it is rendered and parsed back
        using var document = JsonDocument.Parse(reporter.Render(SampleVerdicts.Failing()));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        // Then only that result carries an accepted external suppression
        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("GHSA-dddd-eeee-ffff", suppressed.GetProperty("ruleId").GetString());
        var suppression = Assert.Single(suppressed.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Equal("accepted", suppression.GetProperty("status").GetString());
        Assert.Equal("Not reachable: build-time only (@platform, expires 2030-03-31)", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void Locationless_findings_become_configuration_notifications()
    {
        // Given a finding without a location, which GitHub would reject as a result
        // When the verdict is rendered
        using var document = JsonDocument.Parse(reporter.Render(SampleVerdicts.Failing()));
        var invocation = document.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];

        // Then it is reported on the invocation instead
        var note = Assert.Single(invocation.GetProperty("toolConfigurationNotifications").EnumerateArray());
        Assert.Equal("sbom-missing", note.GetProperty("associatedRule").GetProperty("id").GetString());
        Assert.Equal("error", note.GetProperty("level").GetString());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void An_error_verdict_is_an_unsuccessful_execution()
    {
        // Given a verdict that could not evaluate
        // When it is rendered
        using var document = JsonDocument.Parse(reporter.Render(SampleVerdicts.Erroring()));
        var invocation = document.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];

        // Then the invocation failed and says why
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.StartsWith("Could not connect", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Caps_results_at_25000_keeping_the_most_severe_and_notes_the_rest()
    {
        // Given 30,000 findings, a tenth of them errors and the first of them notes or warnings
        var verdict = SampleVerdicts.WithFindings(30_000);

        // When it is rendered
        var sarif = reporter.Render(verdict);
        using var document = JsonDocument.Parse(sarif);
        var run = document.RootElement.GetProperty("runs")[0];
        var levels = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()).ToList();

        // Then 25,000 results remain, all 3,000 errors first, and the run says how many were dropped
        Assert.Equal(25_000, levels.Count);
        Assert.Equal(3_000, levels.Count(l => l == "error"));
        Assert.All(levels.Take(3_000), l => Assert.Equal("error", l));
        Assert.Equal(5_000, run.GetProperty("properties").GetProperty("toolkit/droppedResults").GetInt32());
        var notification = Assert.Single(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Contains("5,000 findings were left out", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(SarifVerdictReporter.GzipSize(sarif) <= SarifOptions.Default.MaxGzipBytes);
    }

    [Fact]
    public void Drops_results_until_the_compressed_file_fits()
    {
        // Given findings with incompressible messages and a 64 KB compressed budget
        var verdict = SampleVerdicts.WithFindings(2_000) with
        {
            Findings = [.. Enumerable.Range(0, 2_000).Select(i => new Finding("r", Severity.Warning, Convert.ToHexString(System.Security.Cryptography.SHA512.HashData(BitConverter.GetBytes(i))), new SourceLocation($"f{i}.cs", 1)))],
        };
        var limited = new SarifVerdictReporter(new SarifOptions { MaxGzipBytes = 64 * 1024 });

        // When it is rendered
        var sarif = limited.Render(verdict);
        using var document = JsonDocument.Parse(sarif);
        var run = document.RootElement.GetProperty("runs")[0];

        // Then it fits, and the dropped results are counted
        Assert.True(SarifVerdictReporter.GzipSize(sarif) <= 64 * 1024);
        var kept = run.GetProperty("results").GetArrayLength();
        Assert.InRange(kept, 1, 1_999);
        Assert.Equal(2_000 - kept, run.GetProperty("properties").GetProperty("toolkit/droppedResults").GetInt32());
    }

    [Fact]
    public void The_same_verdict_gives_the_same_bytes()
    {
        // Given one verdict rendered twice
        // When the outputs are compared
        // Then they are identical
        Assert.Equal(reporter.Render(SampleVerdicts.Failing()), reporter.Render(SampleVerdicts.Failing()));
    }

    [Fact]
    public void Paths_become_relative_forward_slash_escaped_uris()
    {
        // Given a Windows-style path with spaces and a leading ./
        var verdict = new GateVerdict("policy-ci", VerdictStatus.Fail, "x")
        {
            Findings = [new Finding("r", Severity.Error, "m", new SourceLocation(".\\src\\My File#1.cs", 3, 0, 1, 0))],
        };

        // When it is rendered
        using var document = JsonDocument.Parse(reporter.Render(verdict));
        var location = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");

        // Then the URI is relative and escaped, and the inconsistent end line is left out
        Assert.Equal("src/My%20File%231.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("{\"startLine\":3}", location.GetProperty("region").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal));
    }
}
