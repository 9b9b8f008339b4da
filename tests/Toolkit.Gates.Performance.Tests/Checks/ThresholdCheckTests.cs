using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Checks;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Results;
using Toolkit.Gates.Performance.Rules;

namespace Toolkit.Gates.Performance.Tests.Checks;

public sealed class ThresholdCheckTests
{
    private static readonly ResultSet Head = new()
    {
        Metrics = new Dictionary<string, K6Metric>(StringComparer.Ordinal)
        {
            ["http_req_duration"] = new("http_req_duration", "trend", new Dictionary<string, double>(StringComparer.Ordinal) { ["p(95)"] = 420, ["avg"] = 250 }),
        },
    };

    private static ThresholdSpec Spec(string metric, string expression) =>
        new(MetricSelector.TryParse(metric, out _)!, ThresholdExpression.TryParse(expression, out _)!, new SourceLocation(".github/gates.yml", 7, 9));

    [Fact]
    public void Returns_every_threshold_and_a_finding_per_failure_with_the_rules_id_title_and_help()
    {
        // Given one threshold that holds, one that fails and one on a metric the results lack
        var specs = new[] { Spec("http_req_duration", "p(95)<500"), Spec("http_req_duration", "avg<200"), Spec("http_req_failed", "rate<0.01") };

        // When the check runs
        var result = ThresholdCheck.Run(specs, countK6Thresholds: true, Head);

        // Then each threshold is listed with its actual value, and each problem is a finding of its rule
        Assert.Equal([true, false, false], result.Thresholds.Select(t => t.Passed));
        Assert.Equal(new double?[] { 420, 250, null }, result.Thresholds.Select(t => t.Actual));
        Assert.Equal([PerformanceRules.Threshold.Title, PerformanceRules.ThresholdMissingMetric.Title], result.Findings.Select(f => f.Title));
        Assert.All(result.Findings, f =>
        {
            Assert.Equal("perf/threshold", f.RuleId);
            Assert.Equal(PerformanceRules.Threshold.HelpUri, f.HelpUri);
            Assert.Equal(7, f.Location!.Line);
        });
    }

    [Fact]
    public void Without_thresholds_nothing_is_returned()
    {
        var result = ThresholdCheck.Run([], countK6Thresholds: true, Head);

        Assert.Empty(result.Thresholds);
        Assert.Empty(result.Findings);
    }
}
