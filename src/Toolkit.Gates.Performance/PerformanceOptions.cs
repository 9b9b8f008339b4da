using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Headroom;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;

namespace Toolkit.Gates.Performance;

/// <summary>
/// Options of the performance gate, bound from the <c>performance-gate</c> section of gates.yml (see
/// <see cref="PerformanceOptionsBinder"/>); command-line values win over the file.
/// </summary>
public sealed record PerformanceOptions
{
    /// <summary>The head run's results files. Required (at least one).</summary>
    public IReadOnlyList<ResultInput> Results { get; init; } = [];

    /// <summary>
    /// The base to compare with: a results file, a history entry file, a store directory, or a store branch
    /// (<c>branch:&lt;name&gt;[:&lt;folder&gt;]</c>); from a store, the PR base commit's entry is used. No comparison when null.
    /// </summary>
    public string? Baseline { get; init; }

    /// <summary>
    /// The history store that <see cref="Record"/> writes to and the trend chart reads: a directory, or a git branch written
    /// <c>branch:&lt;name&gt;</c> (files at the branch root) or <c>branch:&lt;name&gt;:&lt;folder&gt;</c> (e.g.
    /// <c>branch:perf-history:benchmarks</c>). A branch is read without a checkout (the local branch, else
    /// <c>origin/&lt;name&gt;</c>; a missing branch is an empty history with a warning) and recorded as one commit on the
    /// local branch without touching the working tree, index or HEAD; the workflow pushes it
    /// (<c>git push origin perf-history</c>). Defaults to <see cref="Baseline"/> when that is a directory or a branch.
    /// </summary>
    public string? Store { get; init; }

    /// <summary>Append the head's results to the store (on merge). The default value is false.</summary>
    public bool Record { get; init; }

    /// <summary>Entries kept in the store. The default value is 50.</summary>
    public int Keep { get; init; } = 50;

    /// <summary>The head commit to record; <c>git rev-parse HEAD</c> of the repository when null.</summary>
    public string? Commit { get; init; }

    /// <summary>k6-syntax thresholds evaluated over the head results.</summary>
    public IReadOnlyList<ThresholdSpec> Thresholds { get; init; } = [];

    /// <summary>The PR base commit whose recorded entry is the baseline; the runner's base ref when null.</summary>
    public string? BaseCommit { get; init; }

    /// <summary>Also count the thresholds k6 evaluated itself in a summary file. The default value is true.</summary>
    public bool K6Thresholds { get; init; } = true;

    /// <summary>Per-benchmark comparison rules; the first match wins, then <see cref="DefaultRule"/>.</summary>
    public IReadOnlyList<ComparisonRule> Rules { get; init; } = [];

    /// <summary>The rule for benchmarks no entry of <see cref="Rules"/> matches.</summary>
    public ComparisonRule DefaultRule { get; init; } = new();

    /// <summary>k6 values tracked as benchmarks (compared and charted), written <c>metric aggregation</c>. The default value is <c>http_req_duration p(95)</c>.</summary>
    public IReadOnlyList<string> K6Track { get; init; } = ["http_req_duration p(95)"];

    /// <summary>Benchmarks charted in the PR comment; the worst five when empty.</summary>
    public IReadOnlyList<string> KeyBenchmarks { get; init; } = [];

    /// <summary>Recorded runs in the trend chart. The default value is 20.</summary>
    public int TrendLength { get; init; } = 20;

    /// <summary>Capacity headroom checks.</summary>
    public IReadOnlyList<HeadroomRule> Headroom { get; init; } = [];

    public ComparisonRule RuleFor(string key) => Rules.FirstOrDefault(r => r.Matches(key)) ?? DefaultRule;
}
