using Toolkit.Core.Gates;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

public sealed class SloActionTests : ActionJob
{
    [Fact]
    public async Task A_golden_path_probed_at_base_url_passes_its_thresholds()
    {
        // Given a golden path with a synthetic probe, and a healthy service on loopback
        await using var service = await ProbeEndpoint.StartAsync();
        using var workspace = new TempDirectory();
        workspace.Write(".github/gates.yml", "version: 1\ngates:\n  slo-gates:\n    probe_count: 3\n");
        workspace.Write("slo/golden_paths.yaml", "golden_paths:\n  - name: checkout\n    thresholds: [p95_ms<=2000, error_rate<0.01]\n    probe:\n      url: ${BASE_URL}/checkout\n      expect_body: ok\n");
        using var job = PullRequestJob();
        var step = new ActionStep("slo-gates", job, workspace.Path);

        // When the step runs the action with the golden paths file, the base URL and the environment as inputs
        var exit = await step.RunAsync(new Dictionary<string, string>
        {
            ["golden-paths"] = "slo/golden_paths.yaml",
            ["base-url"] = service.BaseUrl.ToString().TrimEnd('/'),
            ["environment"] = "stage",
        });

        // Then the probe's thresholds pass and the verdict is for the stage environment
        Assert.True(exit == 0, step.Printed);
        ActionAssert.GateReported(step, workspace.Path, GateIds.Slo, "pass");
        Assert.Contains("checkout.p95_ms (probe)", File.ReadAllText(workspace.Combine("artifacts", "gates", "slo-gates.verdict.json")), StringComparison.Ordinal);
        Assert.Contains("Environment: `stage`", step.Summary, StringComparison.Ordinal);
    }
}
