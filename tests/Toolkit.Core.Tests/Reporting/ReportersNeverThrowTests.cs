using System.Xml.Linq;
using Toolkit.Core.Reporting;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Reporting;

public sealed class ReportersNeverThrowTests
{
    // The JSON verdict is left out: it is the model's own serializer, which rejects NaN by design of System.Text.Json.
    public static TheoryData<string> Formats() => ["markdown", "sarif", "junit"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_verdict_with_nulls_and_odd_values_still_renders(string format)
    {
        // Given a verdict as a careless hand or older tool might write it: nulls in lists, lone surrogates, odd enums
        var verdict = new GateVerdict("policy-ci", (VerdictStatus)42, null!)
        {
            Environment = null!,
            Metrics = null!,
            Thresholds = [null!, new ThresholdResult(null!, null!, double.NaN, false)],
            Findings =
            [
                null!,
                new Finding(null!, (Severity)9, null!, new SourceLocation(null!, -1, -1, -5, -5)),
                new Finding("r", Severity.Error, "lone \ud800 surrogate", new SourceLocation("a\ud800b.cs", 3, 9, 2, 1)),
            ],
            Waived = [null!, new WaivedFinding(null!, null!), new WaivedFinding(new Finding("w", Severity.Note, "m"), null!)],
            Evidence = [null!, new EvidenceItem(null!, null!)],
        };
        var reporter = Assert.Single(new IVerdictReporter[] { new MarkdownVerdictReporter(), new SarifVerdictReporter(), new JUnitVerdictReporter() }, r => r.Format == format);

        // When it is rendered
        var text = reporter.Render(verdict);

        // Then something readable comes out, and the structured formats still parse
        Assert.False(string.IsNullOrWhiteSpace(text));
        if (format == "sarif")
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
        }
        else if (format == "junit")
        {
            Assert.NotNull(XDocument.Parse(text).Root);
        }
    }

    [Fact]
    public void The_console_report_renders_the_same_odd_verdict()
    {
        // Given a verdict with null lists and entries
        var verdict = new GateVerdict("policy-ci", VerdictStatus.Fail, null!) { Findings = [null!, new Finding(null!, Severity.Error, null!)] };
        using var output = new StringWriter();

        // When it is written
        ConsoleVerdictReport.Write([verdict], output, ConsoleStyle.Plain);

        // Then the gate is listed
        Assert.Contains("policy-ci", output.ToString(), StringComparison.Ordinal);
    }
}
