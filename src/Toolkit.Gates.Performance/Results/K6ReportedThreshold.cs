namespace Toolkit.Gates.Performance.Results;

/// <summary>A threshold k6 itself evaluated and wrote into its summary, with k6's own answer.</summary>
internal sealed record K6ReportedThreshold(string Metric, string Expression, bool Passed);
