using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Alerts.Live;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>What checking one file found, merged across files afterwards.</summary>
internal sealed record FileResult(IReadOnlyList<Finding> Findings, FileProblem? Error, AlertStats Alerts, ScanCounts Counts)
{
    /// <summary>The alerting and recording rules of the file, for the checks across files and against Prometheus.</summary>
    public RuleSet Rules { get; init; } = RuleSet.Empty;

    /// <summary>A file that could not be checked: <paramref name="message"/> follows its name.</summary>
    public static FileResult Problem(string path, int line, string message) =>
        new([], new FileProblem(path, line, 1, $"{System.IO.Path.GetFileName(path)} {message}"), AlertStats.Empty, ScanCounts.Zero with { Files = 1 });
}
