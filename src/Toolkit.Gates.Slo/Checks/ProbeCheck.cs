using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Probes;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Rules;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>Runs a golden path's synthetic probe, and reports a probe cut short or with failed requests.</summary>
internal static class ProbeCheck
{
    /// <summary>The probe's results, or null when the path has no probe.</summary>
    public static async Task<ProbeResult?> RunAsync(ProbeRunner runner, GoldenPath path, SloOptions options, CancellationToken cancellationToken)
    {
        if (path.Probe is null)
        {
            return null;
        }

        return await runner.RunAsync(path.Probe, options.BaseUrl!, path.Probe.Count ?? options.ProbeCount, options.ProbeBudget, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Findings about the probe itself; its latencies and error rate are judged by the thresholds.</summary>
    public static IReadOnlyList<Finding> Judge(PathMeasurement measured)
    {
        var findings = new List<Finding>();
        if (measured.Probe is { Truncated: true } probe)
        {
            findings.Add(SloRules.ProbeTruncated.Find(Severity.Warning,
                $"probe of '{measured.Path.Name}' sent {probe.Requests} request(s) before its time budget ran out; raise probe_budget or lower the count.", measured.Path.Probe!.Location));
        }

        if (measured.Probe is { Failures: > 0 } failed)
        {
            findings.Add(SloRules.ProbeFailures.Find(Severity.Note,
                $"probe of '{measured.Path.Name}': {failed.Failures} of {failed.Requests} request(s) to {failed.Url} failed; first: {failed.FirstFailure}.", measured.Path.Probe!.Location));
        }

        return findings;
    }
}
