using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Alerts;

namespace Toolkit.Gates.Policy;

/// <summary>What checking one file found, merged across files afterwards.</summary>
internal sealed record FileResult(IReadOnlyList<Finding> Findings, FileProblem? Error, AlertStats Alerts, ScanCounts Counts);
