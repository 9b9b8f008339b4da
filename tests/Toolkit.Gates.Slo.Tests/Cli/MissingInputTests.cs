using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Tests.Fixtures;

namespace Toolkit.Gates.Slo.Tests.Cli;

public sealed class MissingInputTests
{
    [Fact]
    public async Task Without_a_golden_paths_file_the_gate_fails_closed_and_says_how_to_fix_it()
    {
        // Given a repository with no golden_paths.yaml
        using var harness = new SloHarness().WithConfig("    probe_count: 1\n");

        // When the gate runs
        var verdict = await harness.RunAsync(new SloGate());

        // Then it is an error naming the file and the option
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("golden_paths.yaml' does not exist", verdict.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_golden_paths_file_fails_closed_at_the_line()
    {
        // Given a golden path with an unknown threshold metric
        using var harness = new SloHarness()
            .WithConfig("    probe_count: 1\n")
            .WithGoldenPaths("golden_paths:\n  - name: a\n    thresholds: [latency<=3]\n");

        // When the gate runs
        var verdict = await harness.RunAsync(new SloGate());

        // Then the error points at file, line and column
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Equal("golden_paths.yaml:3:18", verdict.Findings[0].Location!.ToString());
        Assert.Contains("'latency' is not a metric", verdict.Findings[0].Message, StringComparison.Ordinal);
    }
}
