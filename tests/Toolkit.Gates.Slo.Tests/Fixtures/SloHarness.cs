using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Gates.Slo.Tests.Fixtures;

/// <summary>A temp repository with a gates.yml and golden_paths.yaml, run through the real <see cref="GateRunner"/>.</summary>
internal sealed class SloHarness : IDisposable
{
    public TempDirectory Repo { get; } = new();

    public string OutputDirectory => Repo.Combine("artifacts", "gates");

    /// <summary>A ratio SLI on the synthetic http_requests_total of <paramref name="service"/>.</summary>
    public static string RatioSli(string service, string name = "availability", string extra = "") => $"""
              - name: {name}
                objective: 99.9
                error_query: sum(rate(http_requests_total{'{'}service="{service}",code=~"5..",{"{{selector}}"}{'}'}[{"{{window}}"}]))
                total_query: sum(rate(http_requests_total{'{'}service="{service}",{"{{selector}}"}{'}'}[{"{{window}}"}])){extra}
        """;

    public SloHarness WithGoldenPaths(string yaml, string file = "golden_paths.yaml")
    {
        Repo.Write(file, yaml);
        return this;
    }

    public SloHarness WithConfig(string sloSection)
    {
        Repo.Write(".github/gates.yml", $"version: 1\ngates:\n  slo-gates:\n{sloSection}");
        return this;
    }

    public async Task<GateVerdict> RunAsync(IGate gate)
    {
        var loaded = new GatesConfigLoader(GateIds.All).LoadFile(Repo.Path, null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        var run = await new GateRunner().RunAsync(gate, loaded.Value!, new RunOptions(Repo.Path, OutputDirectory), CancellationToken.None);
        return run.Verdict;
    }

    public void Dispose() => Repo.Dispose();
}
