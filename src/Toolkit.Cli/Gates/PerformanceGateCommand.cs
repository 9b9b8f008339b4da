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

    private readonly Option<string?> store = CreateStore();

    private readonly Option<bool> record = new("--record")
    {
        Description = "Append the head's results to the store (run on merge to the default branch). gates.yml: record.",
    };

    private readonly Option<int?> keep = CreateKeep();

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
    public IReadOnlyList<ConfigDiagnostic> Validate(GateSection section) => PerformanceOptionsBinder.Bind(section, null).Diagnostics;

    /// <inheritdoc/>
    public IReadOnlyList<ConfigDiagnostic> ValidateCommandLine(GateSection? section, ParseResult parseResult) =>
        PerformanceOptionsBinder.Bind(section, Overrides(parseResult)).Diagnostics;

    public IGate Create(ParseResult? parseResult) => parseResult is null ? new PerformanceGate() : new PerformanceGate(Overrides(parseResult));

    private PerformanceOverrides Overrides(ParseResult parseResult) =>
        new()
        {
            Results = parseResult.GetValue(results) ?? [],
            Baseline = parseResult.GetValue(baseline),
            Store = parseResult.GetValue(store),
            Record = parseResult.GetValue(record) ? true : null,
            Keep = parseResult.GetValue(keep),
            Commit = parseResult.GetValue(commit),
            BaseCommit = parseResult.GetValue(baseCommit),
        };

    private static Option<string?> CreateStore()
    {
        var option = new Option<string?>("--store")
        {
            Description = "History store for --record and the trend chart: a directory, or branch:<name>[:<folder>] (committed on the local branch without a checkout; push it with git push origin <name>). Default: --baseline when it is a directory or branch. gates.yml: store.",
            HelpName = "dir|branch:name",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { } value || value.StartsWith("branch:", StringComparison.Ordinal))
            {
                return;
            }

            // The store is a directory; a file there would be overwritten or crash --record later.
            var repo = (result.GetResult("--repo") as System.CommandLine.Parsing.OptionResult)?.GetValueOrDefault<string?>() ?? Directory.GetCurrentDirectory();
            var full = Path.GetFullPath(value, Path.GetFullPath(repo));
            if (value.Length == 0 || File.Exists(full))
            {
                result.AddError(value.Length == 0
                    ? "--store needs a directory or branch:<name>[:<folder>], not an empty value."
                    : $"--store {value}: is a file; the store is a directory (one JSON file per recorded run) or branch:<name>[:<folder>].");
            }
        });
        return option;
    }

    // The range is judged by PerformanceOptionsBinder (with gates.yml's keep), so a run reports it with the other problems.
    private static Option<int?> CreateKeep() => new("--keep")
    {
        Description = $"Entries kept in the store, {PerformanceOptionsBinder.MinKeep} to {PerformanceOptionsBinder.MaxKeep}. Default: {new PerformanceOptions().Keep}. gates.yml: keep.",
        HelpName = "n",
    };
}
