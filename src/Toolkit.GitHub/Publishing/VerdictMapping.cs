using Toolkit.Core.Verdicts;
using Toolkit.GitHub.Checks;
using Toolkit.GitHub.Statuses;

namespace Toolkit.GitHub.Publishing;

/// <summary>How a verdict reads in GitHub's vocabularies.</summary>
internal static class VerdictMapping
{
    /// <summary>pass → success, warn → neutral, fail/error → failure; a fail-open error does not block, so neutral.</summary>
    public static string Conclusion(GateVerdict verdict) => verdict.Verdict switch
    {
        VerdictStatus.Pass => CheckRunConclusion.Success,
        VerdictStatus.Warn => CheckRunConclusion.Neutral,
        VerdictStatus.Error when verdict.FailOpen => CheckRunConclusion.Neutral,
        _ => CheckRunConclusion.Failure,
    };

    /// <summary>pass/warn → success, fail → failure, error → error (success when fail-open).</summary>
    public static string State(GateVerdict verdict) => verdict.Verdict switch
    {
        VerdictStatus.Pass or VerdictStatus.Warn => CommitState.Success,
        VerdictStatus.Fail => CommitState.Failure,
        _ => verdict.FailOpen ? CommitState.Success : CommitState.Error,
    };

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => AnnotationLevel.Failure,
        Severity.Warning => AnnotationLevel.Warning,
        _ => AnnotationLevel.Notice,
    };

    /// <summary>Located findings as annotations, most severe first, capped; returns how many were left out.</summary>
    public static (IReadOnlyList<CheckRunAnnotation> Annotations, int Omitted) Annotations(GateVerdict verdict, int cap)
    {
        var located = verdict.Findings.Where(f => f.Location is not null).OrderBy(f => f.Severity).ToList();
        var kept = located.Take(Math.Max(0, cap)).Select(Annotation).ToList();
        return (kept, located.Count - kept.Count);
    }

    private static CheckRunAnnotation Annotation(Finding finding)
    {
        var location = finding.Location!;
        var start = Math.Max(1, location.Line);
        var end = Math.Max(start, location.EndLine);
        var sameLine = start == end && location.Column > 0;
        return new CheckRunAnnotation(location.Path.Replace('\\', '/'), start, end, Level(finding.Severity), TextLimits.Cut(finding.Message, 64_000))
        {
            Title = TextLimits.Cut(finding.Title ?? finding.RuleId, 255),
            StartColumn = sameLine ? location.Column : null,
            EndColumn = sameLine ? Math.Max(location.Column, location.EndColumn) : null,
            RawDetails = finding.HelpUri,
        };
    }
}
