using Microsoft.Extensions.Time.Testing;
using Toolkit.Build.Framework;
using Toolkit.Build.Tests.Fakes;

namespace Toolkit.Build.Tests.Framework;

public sealed class TaskRunnerTests
{
    private static readonly TaskGraph Graph = new([typeof(Restore), typeof(Compile), typeof(Lint), typeof(Ship), typeof(Everything), typeof(Broken), typeof(Deploy), typeof(Crash)]);

    private readonly RecordingContext context = new();
    private readonly TaskRunner<RecordingContext> runner = new(new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1.5) });

    [Fact]
    public void Runs_each_task_once_even_when_several_tasks_depend_on_it()
    {
        var report = runner.Run(Graph.Plan("Ship"), context);

        Assert.Equal(["Restore", "Compile", "Lint", "Ship"], context.Ran);
        Assert.Equal(BuildExitCodes.Success, report.ExitCode);
    }

    [Fact]
    public void Runs_the_dependencies_of_an_aggregate_task_that_has_no_body()
    {
        var report = runner.Run(Graph.Plan("Everything"), context);

        Assert.Equal(["Restore", "Compile", "Lint", "Ship"], context.Ran);
        Assert.Equal(TaskOutcome.Succeeded, report.Results.Single(r => r.Name == "Everything").Outcome);
    }

    [Fact]
    public void Stops_at_a_failing_task_and_does_not_run_the_tasks_after_it()
    {
        var report = runner.Run(Graph.Plan("Deploy"), context);

        Assert.Equal(["Restore"], context.Ran);
        Assert.Equal(
            [("Restore", TaskOutcome.Succeeded), ("Broken", TaskOutcome.Failed), ("Deploy", TaskOutcome.NotRun)],
            report.Results.Select(r => (r.Name, r.Outcome)));
        Assert.Equal(BuildExitCodes.UsageError, report.ExitCode);
    }

    [Fact]
    public void Prints_an_expected_failure_as_one_line_without_a_stack_trace()
    {
        runner.Run(Graph.Plan("Deploy"), context);

        Assert.Equal($"error: Broken: The widget is missing.{Environment.NewLine}", context.Errors);
    }

    [Fact]
    public void Reports_a_task_that_crashes_as_failed_with_exit_code_1()
    {
        var report = runner.Run(Graph.Plan("Crash"), context);

        Assert.Equal(BuildExitCodes.TaskFailed, report.ExitCode);
        Assert.StartsWith("error: Crash crashed: System.InvalidOperationException: A bug.", context.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_every_task_that_ran()
    {
        var report = runner.Run(Graph.Plan("Compile"), context);

        Assert.All(report.Results, r => Assert.Equal(TimeSpan.FromSeconds(1.5), r.Duration));
        Assert.Equal(TimeSpan.FromSeconds(3), report.Total);
        Assert.Contains("Compile: done in 00:00:01.50", context.Output, StringComparison.Ordinal);
    }

    [TaskName("Restore")]
    private sealed class Restore : RecordingTask;

    [TaskName("Compile")]
    [IsDependentOn(typeof(Restore))]
    private sealed class Compile : RecordingTask;

    [TaskName("Lint")]
    [IsDependentOn(typeof(Restore))]
    private sealed class Lint : RecordingTask;

    [TaskName("Ship")]
    [IsDependentOn(typeof(Compile))]
    [IsDependentOn(typeof(Lint))]
    [IsDependentOn(typeof(Restore))]
    private sealed class Ship : RecordingTask;

    [TaskName("Everything")]
    [IsDependentOn(typeof(Ship))]
    private sealed class Everything : FrostingTask<RecordingContext>;

    [TaskName("Broken")]
    [IsDependentOn(typeof(Restore))]
    private sealed class Broken : RecordingTask
    {
        public override void Run(RecordingContext context) =>
            throw new BuildFailedException("The widget is missing.", BuildExitCodes.UsageError);
    }

    [TaskName("Deploy")]
    [IsDependentOn(typeof(Broken))]
    private sealed class Deploy : RecordingTask;

    [TaskName("Crash")]
    private sealed class Crash : RecordingTask
    {
        public override void Run(RecordingContext context) => throw new InvalidOperationException("A bug.");
    }
}
