using Toolkit.Core.Reporting;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Reporting;

public sealed class ConsoleVerdictReportTests
{
    [Fact]
    public void Plain_output_reads_as_the_snapshot()
    {
        // Given a passing, a failing and an erroring verdict
        GateVerdict[] verdicts = [SampleVerdicts.Passing(), SampleVerdicts.Failing(), SampleVerdicts.Erroring()];
        using var output = new StringWriter();

        // When they are written without colour
        ConsoleVerdictReport.Write(verdicts, output, ConsoleStyle.Plain);

        // Then the ASCII table and the top findings read as the snapshot, with no escape codes
        var text = output.ToString();
        Snapshot.Match("console-plain", text);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        Assert.Contains("FAIL", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_at_most_20_findings_per_gate_then_counts_the_rest()
    {
        // Given a failing verdict with 45 findings
        using var output = new StringWriter();

        // When it is written
        ConsoleVerdictReport.Write([SampleVerdicts.WithFindings(45)], output, ConsoleStyle.Plain with { Width = 200 });

        // Then 20 are listed, errors first, and the other 25 counted
        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(20, lines.Count(l => l.StartsWith("  src/", StringComparison.Ordinal)));
        Assert.Contains("  ... 25 more", lines);
        Assert.StartsWith("  src/module0/file0.cs:1:3  rule-0  finding 0", lines.First(l => l.StartsWith("  src/", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Coloured_output_uses_ansi_escape_codes()
    {
        // Given a failing verdict
        using var output = new StringWriter();

        // When it is written in colour
        ConsoleVerdictReport.Write([SampleVerdicts.Failing()], output, new ConsoleStyle { Color = true });

        // Then it is coloured
        Assert.Contains("\u001b[", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false, null, true)]
    [InlineData(true, false, null, false)]
    [InlineData(false, true, null, false)]
    [InlineData(false, false, "1", false)]
    public void Colour_only_for_a_terminal_outside_CI_without_NO_COLOR(bool ci, bool redirected, string? noColor, bool expected)
    {
        // Given an environment
        var variables = new Dictionary<string, string>();
        if (ci)
        {
            variables["CI"] = "true";
        }

        if (noColor is not null)
        {
            variables["NO_COLOR"] = noColor;
        }

        // When the style is detected
        var style = ConsoleStyle.Detect(RunEnvironment.From(variables), redirected);

        // Then colour is on only for a person at a terminal
        Assert.Equal(expected, style.Color);
        Assert.Equal(100, style.Width);
    }
}
