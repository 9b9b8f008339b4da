using System.Xml.Linq;
using Toolkit.Core.Reporting;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Reporting;

public sealed class JUnitVerdictReporterTests
{
    private readonly JUnitVerdictReporter reporter = new();

    [Fact]
    public void Reads_as_the_snapshot()
    {
        // Given a failing verdict with thresholds, findings and a waiver
        // When it is rendered as JUnit
        var xml = reporter.Render(SampleVerdicts.Failing());

        // Then it reads as the snapshot
        Snapshot.Match("junit-fail", xml);
    }

    [Fact]
    public void Counts_failures_and_skips_per_threshold_and_finding()
    {
        // Given a failing verdict
        // When it is rendered and parsed back
        var suite = XDocument.Parse(reporter.Render(SampleVerdicts.Failing())).Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();

        // Then thresholds and findings are cases, errors fail, warnings pass, the waiver skips
        Assert.Equal("supply-chain", (string?)suite.Attribute("name"));
        Assert.Equal("7", (string?)suite.Attribute("tests"));
        Assert.Equal("3", (string?)suite.Attribute("failures"));
        Assert.Equal("0", (string?)suite.Attribute("errors"));
        Assert.Equal("1", (string?)suite.Attribute("skipped"));
        Assert.Equal("12.5", (string?)suite.Attribute("time"));
        Assert.Equal(7, cases.Count);
        Assert.Equal(2, cases.Count(c => (string?)c.Attribute("classname") == "supply-chain.thresholds"));
        var warning = Assert.Single(cases, c => (string?)c.Attribute("classname") == "supply-chain.mutable-tag");
        Assert.Equal("deploy/web.yaml:7 mutable-tag", (string?)warning.Attribute("name"));
        Assert.Null(warning.Element("failure"));
        Assert.StartsWith("warning: Image uses", warning.Element("system-out")!.Value, StringComparison.Ordinal);
        var skipped = Assert.Single(cases, c => c.Element("skipped") is not null);
        Assert.Equal("waived: Not reachable: build-time only (@platform, expires 2030-03-31)", (string?)skipped.Element("skipped")!.Attribute("message"));
    }

    [Fact]
    public void An_error_verdict_is_an_error_case()
    {
        // Given a verdict that could not evaluate
        // When it is rendered
        var suite = XDocument.Parse(reporter.Render(SampleVerdicts.Erroring())).Root!.Element("testsuite")!;

        // Then one case carries the error
        var errorCase = Assert.Single(suite.Elements("testcase"));
        Assert.Equal("1", (string?)suite.Attribute("errors"));
        Assert.Equal("migration-gate verdict", (string?)errorCase.Attribute("name"));
        Assert.StartsWith("Could not connect", (string?)errorCase.Element("error")!.Attribute("message"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_passing_verdict_with_nothing_to_report_is_one_passing_case()
    {
        // Given a passing verdict without thresholds or findings
        var verdict = new GateVerdict("policy-ci", VerdictStatus.Pass, "No policy violations.");

        // When it is rendered
        var suite = XDocument.Parse(reporter.Render(verdict)).Root!.Element("testsuite")!;

        // Then there is one passing case for the verdict
        var only = Assert.Single(suite.Elements("testcase"));
        Assert.Equal("policy-ci verdict", (string?)only.Attribute("name"));
        Assert.Empty(only.Elements("failure"));
        Assert.Equal("0", (string?)suite.Attribute("failures"));
    }

    [Fact]
    public void Stays_well_formed_with_control_characters_and_markup_in_messages()
    {
        // Given messages with characters XML 1.0 forbids, a lone surrogate and markup
        var verdict = new GateVerdict("policy-ci", VerdictStatus.Fail, "bad \u0001 summary")
        {
            Findings =
            [
                new Finding("r<1>", Severity.Error, "nul \0 bell \a esc \u001b lone \ud800 quote \" amp & <tag/> ]]>", new SourceLocation("a&b.cs", 1)),
                new Finding("r2", Severity.Warning, "form\ffeed \uFFFF"),
            ],
        };

        // When it is rendered and parsed back
        var document = XDocument.Parse(reporter.Render(verdict));

        // Then it parses, the forbidden characters are gone and the rest survives
        var failure = document.Descendants("failure").Single();
        Assert.Equal("nul  bell  esc  lone \uFFFD quote \" amp & <tag/> ]]>", (string?)failure.Attribute("message"));
        Assert.Equal("a&b.cs:1 r<1>", (string?)failure.Parent!.Attribute("name"));
    }
}
