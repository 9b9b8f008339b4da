namespace Toolkit.Build.Framework;

/// <summary>Runs a plan's tasks in order, each once; after a failure the remaining tasks do not run.</summary>
/// <param name="time">The clock that times the tasks (tests pass a fake one).</param>
public sealed class TaskRunner<TContext>(TimeProvider time)
    where TContext : TaskContext
{
    /// <summary>Runs every task of <paramref name="plan"/> and reports how each ended.</summary>
    public BuildReport Run(TaskPlan plan, TContext context)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(context);
        var results = new List<TaskResult>();
        var exitCode = BuildExitCodes.Success;
        foreach (var task in plan.Tasks)
        {
            if (exitCode != BuildExitCodes.Success)
            {
                results.Add(new TaskResult(task.Name, TaskOutcome.NotRun, TimeSpan.Zero));
                continue;
            }

            context.Out.WriteLine();
            context.Out.WriteLine($"========== {task.Name} ==========");
            var started = time.GetTimestamp();
            exitCode = RunOne(task, context);
            var elapsed = time.GetElapsedTime(started);
            var outcome = exitCode == BuildExitCodes.Success ? TaskOutcome.Succeeded : TaskOutcome.Failed;
            context.Out.WriteLine($"{task.Name}: {(outcome == TaskOutcome.Succeeded ? "done" : "failed")} in {SummaryTable.Format(elapsed)}");
            results.Add(new TaskResult(task.Name, outcome, elapsed));
        }

        return new BuildReport(results, exitCode);
    }

    private static int RunOne(TaskDefinition task, TContext context)
    {
        try
        {
            var instance = (FrostingTask<TContext>)Activator.CreateInstance(task.Type)!;
            instance.Run(context);
            return BuildExitCodes.Success;
        }
        catch (BuildFailedException failure)
        {
            // Expected: the message says it all, a stack trace would only bury it.
            context.Error.WriteLine($"error: {task.Name}: {failure.Message}");
            return failure.ExitCode;
        }
#pragma warning disable CA1031 // Any other exception is a bug in the task: report it in full and still print the summary.
        catch (Exception bug)
#pragma warning restore CA1031
        {
            context.Error.WriteLine($"error: {task.Name} crashed: {bug}");
            return BuildExitCodes.TaskFailed;
        }
    }
}
