using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Yaml;

namespace Toolkit.Gates.Policy;

/// <summary>What checking one file found, merged across files afterwards.</summary>
internal sealed record FileResult(IReadOnlyList<Finding> Findings, YamlParseError? Error, AlertStats Alerts, ScanCounts Counts);
