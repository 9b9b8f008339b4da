using Toolkit.Core.Actions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Actions;

public sealed class AnnotationWriterTests
{
    private readonly StringWriter output = new();

    private string[] Lines => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static Finding Error(int i) => new("rule", Severity.Error, $"error {i}", new SourceLocation("a.cs", i));

    private static Finding Warning(int i) => new("rule", Severity.Warning, $"warning {i}", new SourceLocation("a.cs", i));

    [Fact]
    public void Writes_at_most_ten_annotations_per_level_then_one_notice_with_the_rest()
    {
        var findings = Enumerable.Range(1, 12).Select(Error).Concat(Enumerable.Range(1, 13).Select(Warning));

        var summary = new AnnotationWriter(new WorkflowCommands(output)).Write(findings, "artifacts/gates/supply-chain.sarif");

        Assert.Equal(new AnnotationSummary(20, 0, 5), summary);
        Assert.Equal(10, Lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(10, Lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.Equal("::notice::5 more findings are in artifacts/gates/supply-chain.sarif", Lines[^1]);
    }

    [Fact]
    public void The_cap_is_configurable()
    {
        var summary = new AnnotationWriter(new WorkflowCommands(output), new AnnotationOptions { MaxPerLevel = 2 })
            .Write(Enumerable.Range(1, 3).Select(Error), "verdict.json");

        Assert.Equal(new AnnotationSummary(2, 0, 1), summary);
        Assert.Equal("::notice::1 more finding is in verdict.json", Lines[^1]);
    }

    [Fact]
    public void Identical_findings_are_annotated_once()
    {
        Finding[] findings = [Error(1), Error(1), Error(1) with { Title = "same place, same rule, same message" }, Error(2)];

        var summary = new AnnotationWriter(new WorkflowCommands(output)).Write(findings, "r.sarif");

        Assert.Equal(new AnnotationSummary(2, 2, 0), summary);
        Assert.Equal(["::error file=a.cs,line=1,title=rule::error 1", "::error file=a.cs,line=2,title=rule::error 2"], Lines);
    }

    [Fact]
    public void No_notice_is_written_when_everything_fits()
    {
        new AnnotationWriter(new WorkflowCommands(output)).Write([Error(1)], "r.sarif");

        Assert.DoesNotContain(Lines, l => l.StartsWith("::notice", StringComparison.Ordinal));
    }
}
