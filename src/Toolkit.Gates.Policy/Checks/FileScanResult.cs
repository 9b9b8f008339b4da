using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Alerts.Live;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>What checking the repository's files found, merged in file order.</summary>
/// <param name="Results">One per file of a checked kind, in the order the files were listed.</param>
/// <param name="NotChecked">What the run was asked to check but did not, each with its fix.</param>
internal sealed record FileScanResult(IReadOnlyList<FileResult> Results, IReadOnlyList<string> NotChecked)
{
    public IReadOnlyList<Finding> Findings => [.. Results.SelectMany(r => r.Findings)];

    public ScanCounts Counts => Results.Aggregate(ScanCounts.Zero, (a, r) => a.Add(r.Counts));

    public AlertStats Alerts => Results.Aggregate(AlertStats.Empty, (a, r) => a.Add(r.Alerts));

    /// <summary>The alerting and recording rules of every rule file, for the checks across files.</summary>
    public RuleSet Rules => Results.Aggregate(RuleSet.Empty, (a, r) => a.Add(r.Rules));

    /// <summary>The files that could not be checked, by path.</summary>
    public IReadOnlyList<FileProblem> Errors => [.. Results.Where(r => r.Error is not null).Select(r => r.Error!).OrderBy(e => e.Path, StringComparer.Ordinal)];
}
