using Toolkit.Core.Gates;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

public sealed class PerformanceActionTests : ActionJob
{
    /// <summary>A k6 --summary-export file: p95 210 ms against k6's own p(95)&lt;500, no failed requests.</summary>
    private const string K6Summary = """
        {
          "root_group": {"name": "", "path": "", "id": "d41d8cd98f00b204e9800998ecf8427e", "groups": {}, "checks": {}},
          "metrics": {
            "http_req_duration": {
              "avg": 120.5, "min": 40.1, "med": 110.2, "max": 480.3, "p(90)": 180.4, "p(95)": 210.7,
              "thresholds": {"p(95)<500": false}
            },
            "http_req_failed": {"passes": 0, "fails": 1200, "value": 0, "thresholds": {"rate<0.01": false}},
            "http_reqs": {"count": 1200, "rate": 20.0}
          }
        }
        """;

    [Fact]
    public async Task K6_results_within_thresholds_pass_and_an_explicit_threshold_in_gates_yml_is_evaluated()
    {
        // Given a k6 summary and a gates.yml threshold the run meets
        using var repo = new GitRepository();
        repo.Write("load/summary.json", K6Summary)
            .Write(".github/gates.yml", "version: 1\ngates:\n  performance-gate:\n    thresholds:\n      http_req_duration: [\"p(95)<300\"]\n")
            .Commit("load test results");
        using var job = PullRequestJob();
        ActionStep.SetPullRequestBase(job, repo.Git("rev-parse", "HEAD").Trim());
        var step = new ActionStep("performance-gate", job, repo.Path);

        // When the step runs the action on the results file
        var exit = await step.RunAsync(new Dictionary<string, string> { ["results"] = "load/summary.json" });

        // Then the gate passes with the threshold evaluated on the k6 numbers
        Assert.True(exit == 0, step.Printed);
        ActionAssert.GateReported(step, repo.Path, GateIds.Performance, "pass");
        Assert.Contains("p(95)<300", step.Summary, StringComparison.Ordinal);
    }
}
