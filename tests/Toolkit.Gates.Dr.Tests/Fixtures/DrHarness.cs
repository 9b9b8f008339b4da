using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Gates.Dr.Tests.Fixtures;

/// <summary>A temp repository with a gates.yml and drill records, run through the real <see cref="GateRunner"/>.</summary>
internal sealed class DrHarness : IDisposable
{
    public TempDirectory Repo { get; } = new();

    public string OutputDirectory => Repo.Combine("artifacts", "gates");

    public DrHarness WithConfig(string drSection)
    {
        Repo.Write(".github/gates.yml", $"version: 1\ngates:\n  dr-freshness:\n{drSection}");
        return this;
    }

    public DrHarness WithDrill(string file, string json)
    {
        Repo.Write($"dr/{file}", json);
        return this;
    }

    public async Task<GateVerdict> RunAsync(IGate gate)
    {
        var loaded = new GatesConfigLoader(GateIds.All).LoadFile(Repo.Path, null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        var run = await new GateRunner().RunAsync(gate, loaded.Value!, new RunOptions(Repo.Path, OutputDirectory), CancellationToken.None);
        return run.Verdict;
    }

    /// <summary>A drill record completed <paramref name="completed"/>, restoring in <paramref name="minutes"/> minutes.</summary>
    public static string Drill(string system, DateTimeOffset completed, int minutes = 18, string result = "pass") => $$"""
        {"system": "{{system}}", "kind": "failover", "started": "{{completed.AddMinutes(-minutes):O}}",
         "completed": "{{completed:O}}", "rpo": "1m", "result": "{{result}}"}
        """;

    public void Dispose() => Repo.Dispose();
}
