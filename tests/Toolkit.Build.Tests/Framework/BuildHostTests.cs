using Microsoft.Extensions.Time.Testing;
using Toolkit.Build.Framework;
using Toolkit.Build.Tests.Fakes;

namespace Toolkit.Build.Tests.Framework;

public sealed class BuildHostTests
{
    private static readonly TaskGraph Graph = new([typeof(Compile), typeof(Check), typeof(DefaultTarget)]);

    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private RecordingContext? context;

    [Fact]
    public void Runs_the_Default_target_when_no_target_is_given()
    {
        var exitCode = Run();

        Assert.Equal(BuildExitCodes.Success, exitCode);
        Assert.Equal(["Compile"], context!.Ran);
    }

    [Fact]
    public void Exits_with_2_and_names_the_targets_when_the_target_is_unknown()
    {
        var exitCode = Run("--target", "Chek");

        Assert.Equal(BuildExitCodes.UsageError, exitCode);
        Assert.Null(context);
        Assert.Equal($"error: Unknown target 'Chek'. Did you mean 'Check'? Targets: Check, Compile, Default.{Environment.NewLine}", error.ToString());
    }

    [Fact]
    public void Exits_with_2_on_an_unknown_argument()
    {
        var exitCode = Run("--frobnicate");

        Assert.Equal(BuildExitCodes.UsageError, exitCode);
        Assert.Contains("error: Unknown argument '--frobnicate'.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Exits_with_1_when_a_task_fails_and_ends_with_the_final_line_after_the_summary()
    {
        var exitCode = Run("--target", "Check");

        Assert.Equal(BuildExitCodes.TaskFailed, exitCode);
        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal("3 passed, 1 failed", lines[^1]);
        Assert.StartsWith("Total", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_targets_for_help_and_runs_nothing()
    {
        var exitCode = Run("--help");

        Assert.Equal(BuildExitCodes.Success, exitCode);
        Assert.Null(context);
        Assert.Contains("Targets: Check, Compile, Default (default: Default).", output.ToString(), StringComparison.Ordinal);
    }

    private int Run(params string[] args) => BuildHost.Run(
        args,
        Graph,
        _ => context = new RecordingContext(),
        output,
        error,
        new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) });

    [TaskName("Compile")]
    private sealed class Compile : RecordingTask;

    [TaskName("Check")]
    [IsDependentOn(typeof(Compile))]
    private sealed class Check : RecordingTask
    {
        public override void Run(RecordingContext context)
        {
            context.FinalLine = "3 passed, 1 failed";
            throw new BuildFailedException("1 test(s) failed.");
        }
    }

    [TaskName("Default")]
    [IsDependentOn(typeof(Compile))]
    private sealed class DefaultTarget : FrostingTask<RecordingContext>;
}
