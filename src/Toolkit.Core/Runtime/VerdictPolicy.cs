using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Runtime;

/// <summary>Turns what a gate found into pass / warn / fail / error. One place, so every gate decides the same way.</summary>
public static class VerdictPolicy
{
    /// <summary>
    /// <c>error</c> when the gate could not evaluate; <c>fail</c> for an error finding or a threshold that did not hold;
    /// <c>warn</c> for a warning finding; otherwise <c>pass</c>. Pass the findings that remain after waivers.
    /// </summary>
    public static VerdictStatus Decide(bool couldNotEvaluate, IReadOnlyList<Finding> findings, IReadOnlyList<ThresholdResult> thresholds)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (couldNotEvaluate)
        {
            return VerdictStatus.Error;
        }

        if (findings.Any(f => f.Severity == Severity.Error) || thresholds.Any(t => !t.Passed))
        {
            return VerdictStatus.Fail;
        }

        return findings.Any(f => f.Severity == Severity.Warning) ? VerdictStatus.Warn : VerdictStatus.Pass;
    }

    /// <summary>The process exit code for a set of verdicts: 0 when nothing blocks, 1 otherwise.</summary>
    public static int ExitCode(IEnumerable<GateVerdict> verdicts, VerdictStatus failOn) =>
        verdicts.Any(v => v.Blocks(failOn)) ? ExitCodes.Failed : ExitCodes.Passed;
}
