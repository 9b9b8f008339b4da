using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Tests.Fixtures;

namespace Toolkit.Gates.Slo.Tests.Prometheus;

[Collection(PrometheusCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class CanaryTests(PrometheusFixture prometheus)
{
    private const string Canary = """
        canary:
          window: 1h
          objectives:
            - metric: error_rate
              pass: "<=+10%"
              warning: "<=+600%"
              weight: 2
        """;

    [Fact]
    public async Task A_canary_failing_five_times_as_often_as_the_baseline_fails_the_comparison()
    {
        // Given baseline 0.1% and canary 0.5% errors, with pass <=+10% and a warning band up to +600%
        using var harness = Harness(strict: true);

        // When the gate compares track="canary" with track="stable"
        var verdict = await harness.RunAsync(new SloGate(new SloOverrides { BaselineSelector = "track=\"stable\"", CanarySelector = "track=\"canary\"" }));

        // Then the weighted score is 0 and the comparison fails
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        Assert.Equal(0, verdict.Metrics["canary_score"]);
        Assert.Contains("canary 0.005 vs baseline 0.001", Assert.Single(verdict.Findings, f => f.RuleId == "slo/canary").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_canary_within_the_warning_band_earns_half_its_weight_and_warns()
    {
        // Given the same data with a warning criterion of <=+600%
        using var harness = Harness(strict: false);

        // When the gate compares the tracks
        var verdict = await harness.RunAsync(new SloGate(new SloOverrides { BaselineSelector = "track=\"stable\"", CanarySelector = "track=\"canary\"" }));

        // Then the score is 50: below the default warn score 75, so the comparison fails; the finding lists the warn
        Assert.Equal(50, verdict.Metrics["canary_score"]);
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        Assert.Contains("(warn)", Assert.Single(verdict.Findings, f => f.RuleId == "slo/canary").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_canary_with_lower_scores_configured_warns()
    {
        // Given warn_score 40 so a half score warns
        using var harness = Harness(strict: false, scores: "  warn_score: 40\n");

        // When the gate compares the tracks
        var verdict = await harness.RunAsync(new SloGate(new SloOverrides { BaselineSelector = "track=\"stable\"", CanarySelector = "track=\"canary\"" }));

        // Then the comparison warns, and so does the verdict
        Assert.Equal(Severity.Warning, Assert.Single(verdict.Findings, f => f.RuleId == "slo/canary").Severity);
        Assert.Equal(VerdictStatus.Warn, verdict.Verdict);
    }

    [Fact]
    public async Task Slis_without_a_selector_placeholder_cannot_be_compared_and_fail_closed()
    {
        // Given an SLI whose queries have no {{selector}}
        using var harness = new SloHarness()
            .WithConfig($"    prometheus_url: {prometheus.Url}\n    at: \"{prometheus.At}\"\n")
            .WithGoldenPaths($"golden_paths:\n  - name: shop\n    thresholds: [error_rate<0.01]\n    slis:\n{SloHarness.RatioSli("shop").Replace("{{selector}}", string.Empty, StringComparison.Ordinal)}\n{Canary}\n");

        // When the gate compares the tracks
        var verdict = await harness.RunAsync(new SloGate(new SloOverrides { BaselineSelector = "track=\"stable\"", CanarySelector = "track=\"canary\"" }));

        // Then the comparison could not be made: error, not a pass of identical numbers
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("{{selector}}", Assert.Single(verdict.Findings, f => f.RuleId == "slo/canary").Message, StringComparison.Ordinal);
    }

    private SloHarness Harness(bool strict, string scores = "")
    {
        var canary = strict ? Canary.Replace("      warning: \"<=+600%\"\n", string.Empty, StringComparison.Ordinal) : Canary;
        return new SloHarness()
            .WithConfig($"    prometheus_url: {prometheus.Url}\n    at: \"{prometheus.At}\"\n")
            .WithGoldenPaths($"golden_paths:\n  - name: shop\n    thresholds: [error_rate<0.01]\n    slis:\n{SloHarness.RatioSli("shop")}\n{canary}\n{scores}");
    }
}
