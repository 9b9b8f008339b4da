using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Gates.Performance;

namespace Toolkit.Cli.Gates;

/// <summary><c>gate performance</c>: the performance gate on the command line; every option is also a gates.yml key.</summary>
public sealed class PerformanceGateCommand : IGateCommand
{
    private readonly Option<string[]> results = new("--results")
    {
        Description = "Results file of the head run, repeatable: k6 summary or --out json, BenchmarkDotNet full JSON, hyperfine JSON, go test -bench output, github-action-benchmark JSON. gates.yml: results.",
        HelpName = "file",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string?> baseline = new("--baseline")
    {
        Description = "The base to compare with: a results file, a history entry, or a store directory or branch:<name>[:<folder>] (the PR base commit's entry is used). gates.yml: baseline.",
        HelpName = "file|dir|branch:name",
    };

    private readonly Option<string?> store = new("--store")
    {
        Description = "History store for --record and the trend chart: a directory, or branch:<name>[:<folder>] (committed on the local branch without a checkout; push it with git push origin <name>). Default: --baseline when it is a directory or branch. gates.yml: store.",
        HelpName = "dir|branch:name",
    };

    private readonly Option<bool> record = new("--record")
    {
        Description = "Append the head's results to the store (run on merge to the default branch). gates.yml: record.",
    };

    private readonly Option<int?> keep = new Option<int?>("--keep")
    {
        Description = "Entries kept in the store. Default: 50. gates.yml: keep.",
        HelpName = "n",
    }.AtLeast(1);

    private readonly Option<string?> commit = new("--commit")
    {
        Description = "Head commit to record. Default: git rev-parse HEAD. gates.yml: commit.",
        HelpName = "sha",
    };

    private readonly Option<string?> baseCommit = new("--base-commit")
    {
        Description = "The PR base commit; its entry in the store is the baseline. Default: the latest recorded entry (with a warning).",
        HelpName = "sha",
    };

    public string Gate => GateIds.Performance;

    public string CommandName => "performance";

    public string Description => "Load-test and benchmark results against k6-style thresholds, the PR base (noise-aware) and capacity headroom.";

    public IReadOnlyList<string> Examples =>
    [
        "gate performance --results k6-summary.json",
        "gate performance --results BenchmarkDotNet.Artifacts/results/Bench-report-full.json --baseline perf/history",
        "gate performance --results bench.txt --baseline perf/history --record",
    ];

    public IReadOnlyList<Option> Options => [results, baseline, baseCommit, store, record, keep, commit];

    /// <inheritdoc/>
    public IReadOnlyList<ConfigDiagnostic> Validate(GateSection section)
    {
        PerformanceGateConfig.Bind(section, out var diagnostics);
        return diagnostics;
    }

    public IGate Create(ParseResult? parseResult)
    {
        if (parseResult is null)
        {
            return new PerformanceGate();
        }

        return new PerformanceGate(new PerformanceGateOverrides
        {
            Results = parseResult.GetValue(results) ?? [],
            Baseline = parseResult.GetValue(baseline),
            Store = parseResult.GetValue(store),
            Record = parseResult.GetValue(record) ? true : null,
            Keep = parseResult.GetValue(keep),
            Commit = parseResult.GetValue(commit),
            BaseCommit = parseResult.GetValue(baseCommit),
        });
    }
}
