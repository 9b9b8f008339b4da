using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>Turns a verdict into JUnit test cases: thresholds, findings, waived findings, then the verdict when needed.</summary>
internal static class JUnitCases
{
    public static IReadOnlyList<JUnitTestCase> From(GateVerdict verdict)
    {
        var gate = verdict.Gate ?? "gate";
        var cases = new List<JUnitTestCase>();
        foreach (var threshold in VerdictLists.Thresholds(verdict))
        {
            var actual = threshold.Actual is { } value ? VerdictText.Number(value) : "no value";
            cases.Add(threshold.Passed
                ? new JUnitTestCase($"{gate}.thresholds", threshold.Expression, JUnitOutcome.Passed) { Output = $"actual: {actual}" }
                : new JUnitTestCase($"{gate}.thresholds", threshold.Expression, JUnitOutcome.Failure, $"{threshold.Expression} did not hold (actual: {actual})"));
        }

        foreach (var finding in VerdictLists.Findings(verdict))
        {
            var (className, name) = Names(gate, finding);
            cases.Add(finding.Severity == Severity.Error
                ? new JUnitTestCase(className, name, JUnitOutcome.Failure, finding.Message, Details(finding))
                : new JUnitTestCase(className, name, JUnitOutcome.Passed) { Output = $"{VerdictText.Level(finding.Severity)}: {Details(finding)}" });
        }

        foreach (var waived in VerdictLists.Waived(verdict))
        {
            var (className, name) = Names(gate, waived.Finding);
            var waiver = waived.Waiver;
            var message = waiver is null
                ? "waived"
                : $"waived: {waiver.Reason} ({waiver.Owner}, expires {VerdictText.Date(waiver.Expires)})";
            cases.Add(new JUnitTestCase(className, name, JUnitOutcome.Skipped, message));
        }

        // The verdict gets its own case when the others do not already say it: an error, a fail with nothing failing,
        // or a report that would otherwise be empty (viewers treat an empty suite as suspicious).
        var failing = cases.Any(c => c.Outcome == JUnitOutcome.Failure);
        var verdictName = $"{gate} verdict";
        if (verdict.Verdict == VerdictStatus.Error)
        {
            cases.Add(new JUnitTestCase(gate, verdictName, JUnitOutcome.Error, verdict.Summary, verdict.FailOpen ? "fail-open: does not block" : null));
        }
        else if (verdict.Verdict == VerdictStatus.Fail && !failing)
        {
            cases.Add(new JUnitTestCase(gate, verdictName, JUnitOutcome.Failure, verdict.Summary));
        }
        else if (cases.Count == 0)
        {
            cases.Add(new JUnitTestCase(gate, verdictName, JUnitOutcome.Passed) { Output = verdict.Summary });
        }

        return cases;
    }

    private static (string ClassName, string Name) Names(string gate, Finding finding)
    {
        var rule = VerdictText.Rule(finding);
        var where = finding.Location?.ToString();
        return ($"{gate}.{rule}", string.IsNullOrEmpty(where) ? rule : $"{where} {rule}");
    }

    private static string Details(Finding finding)
    {
        var lines = new List<string> { finding.Message ?? string.Empty };
        if (finding.Location is { } location)
        {
            lines.Add($"at {location}");
        }

        if (!string.IsNullOrEmpty(finding.HelpUri))
        {
            lines.Add($"help: {finding.HelpUri}");
        }

        return string.Join("\n", lines);
    }
}
