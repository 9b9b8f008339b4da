using Toolkit.Core.Reporting;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Reporting;

public sealed class MarkdownVerdictRendererTests
{
    private static readonly MarkdownOptions Options = new()
    {
        Marker = MarkdownOptions.GateMarker("gate"),
        FullReportHint = "full report: artifacts/gates/gate.sarif",
    };

    [Fact]
    public void A_passing_verdict_renders_short()
    {
        // Given a passing verdict with metrics, thresholds and evidence but no findings
        var verdict = SampleVerdicts.Passing();

        // When it is rendered
        var markdown = MarkdownVerdictRenderer.Render(verdict, Options);

        // Then the details are folded away and it stays short
        Snapshot.Match("markdown-pass", markdown);
        Assert.Contains("<details><summary>Details</summary>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Findings", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_verdict_shows_thresholds_findings_waivers_and_evidence()
    {
        // Given a failing verdict with every section
        var verdict = SampleVerdicts.Failing();

        // When it is rendered
        var markdown = MarkdownVerdictRenderer.Render(verdict, Options);

        // Then it reads as the snapshot, marker first
        Snapshot.Match("markdown-fail", markdown);
        Assert.StartsWith("<!-- toolkit:gate=gate -->\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_verdict_says_why_it_could_not_evaluate()
    {
        // Given a verdict that could not evaluate
        var verdict = SampleVerdicts.Erroring();

        // When it is rendered
        var markdown = MarkdownVerdictRenderer.Render(verdict, Options);

        // Then the reason is in the report
        Snapshot.Match("markdown-error", markdown);
        Assert.Contains("Could not connect", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncates_the_comment_under_the_limit_with_a_note()
    {
        // Given 100,000 findings
        var verdict = SampleVerdicts.WithFindings(100_000);

        // When it is rendered with the default limits
        var markdown = MarkdownVerdictRenderer.Render(verdict, Options with { Marker = null });

        // Then it fits, shows the first 200 rows and says how many more there are and where
        Assert.True(markdown.Length <= 65_536, $"length {markdown.Length}");
        Assert.Contains("finding 199 ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("finding 200 ", markdown, StringComparison.Ordinal);
        Assert.Contains("… 99,800 more findings not shown; see full report: artifacts/gates/gate.sarif.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Very_long_messages_are_shortened_and_rows_dropped_to_fit()
    {
        // Given findings whose messages are 20,000 characters each
        var verdict = SampleVerdicts.WithFindings(200, messageLength: 20_000);

        // When it is rendered with a small limit
        var markdown = MarkdownVerdictRenderer.Render(verdict, Options with { MaxCharacters = 5_000 });

        // Then it fits and the note counts the rows left out
        Assert.True(markdown.Length <= 5_000, $"length {markdown.Length}");
        Assert.Contains("more findings not shown", markdown, StringComparison.Ordinal);
        Assert.Contains("finding 0 ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_exceeds_the_limit_for_any_size()
    {
        // Given verdicts of every kind and many budgets, including absurdly small ones
        GateVerdict[] verdicts = [SampleVerdicts.Passing(), SampleVerdicts.Failing(), SampleVerdicts.Erroring(), SampleVerdicts.WithFindings(250, 100)];
        int[] budgets = [.. Enumerable.Range(0, 60), .. Enumerable.Range(1, 60).Select(i => (i * i * 11) + 53)];

        foreach (var verdict in verdicts)
        {
            foreach (var budget in budgets)
            {
                // When each is rendered within each budget
                var markdown = MarkdownVerdictRenderer.Render(verdict, Options with { MaxCharacters = budget });

                // Then it never goes over and never leaves half a surrogate pair
                Assert.True(markdown.Length <= Math.Max(0, budget), $"{verdict.Gate} at {budget}: {markdown.Length}");
                Assert.False(markdown.Length > 0 && char.IsHighSurrogate(markdown[^1]));
            }
        }
    }

    [Fact]
    public void Drops_whole_sections_when_no_finding_row_fits()
    {
        // Given a failing verdict and a budget too small for its tables
        var verdict = SampleVerdicts.Failing();

        // When it is rendered
        var markdown = MarkdownVerdictRenderer.Render(verdict, Options with { MaxCharacters = 700 });

        // Then the heading and the marker stay and the note names what was left out
        Assert.True(markdown.Length <= 700, $"length {markdown.Length}");
        Assert.StartsWith("<!-- toolkit:gate=gate -->\n### ❌ supply-chain: fail", markdown, StringComparison.Ordinal);
        Assert.Contains("not shown to stay under the size limit", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_with_nulls_from_a_hand_written_file_still_renders()
    {
        // Given a verdict whose collections and message are null, as a lenient deserializer may produce
        var verdict = new GateVerdict("policy-ci", VerdictStatus.Fail, null!)
        {
            Findings = [new Finding("r", Severity.Error, null!)],
            Metrics = null!,
            Thresholds = null!,
            Evidence = null!,
            Waived = null!,
        };

        // When it is rendered
        var markdown = MarkdownVerdictRenderer.Render(verdict, MarkdownOptions.Default);

        // Then it renders the finding row
        Assert.Contains("| 🔴 error | r |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reporter_marks_the_comment_and_names_the_verdict_file()
    {
        // Given the Markdown reporter with default options
        var reporter = new MarkdownVerdictReporter();

        // When it renders a verdict with more findings than rows
        var markdown = reporter.Render(SampleVerdicts.WithFindings(201));

        // Then the gate's marker is the first line and the hint names the verdict file
        Assert.Equal("policy-ci.md", reporter.FileName("policy-ci"));
        Assert.StartsWith("<!-- toolkit:gate=policy-ci -->\n", markdown, StringComparison.Ordinal);
        Assert.Contains("see full report: policy-ci.verdict.json", markdown, StringComparison.Ordinal);
    }
}
