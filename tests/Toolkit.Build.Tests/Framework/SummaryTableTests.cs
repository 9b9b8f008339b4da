using Toolkit.Build.Framework;

namespace Toolkit.Build.Tests.Framework;

public sealed class SummaryTableTests
{
    [Fact]
    public void Lists_every_planned_task_with_its_duration_and_result_then_the_total()
    {
        var report = new BuildReport(
            [
                new TaskResult("Restore", TaskOutcome.Succeeded, TimeSpan.FromSeconds(2.5)),
                new TaskResult("Build", TaskOutcome.Failed, TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(4.25)),
                new TaskResult("Test", TaskOutcome.NotRun, TimeSpan.Zero),
            ],
            BuildExitCodes.TaskFailed);
        var output = new StringWriter();

        SummaryTable.Write(report, output);

        var expected = """

            Task                Duration      Result
            ----------------------------------------------
            Restore             00:00:02.50   Succeeded
            Build               00:01:04.25   Failed
            Test                -             Not run
            ----------------------------------------------
            Total               00:01:06.75

            """;
        Assert.Equal(expected.ReplaceLineEndings(), output.ToString());
    }
}
