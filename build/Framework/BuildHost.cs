namespace Toolkit.Build.Framework;

/// <summary>
/// The build's entry point, Frosting's <c>CakeHost</c> in small: parses the command line, plans the target, runs the
/// tasks, prints the summary and returns the exit code (0 success, 1 a task failed, 2 usage error).
/// </summary>
public static class BuildHost
{
    /// <summary>Runs the build for <paramref name="args"/> with the tasks of <paramref name="graph"/>.</summary>
    /// <param name="createContext">Makes the typed context once the arguments are known to be valid.</param>
    public static int Run<TContext>(
        IReadOnlyList<string> args,
        TaskGraph graph,
        Func<BuildArguments, TContext> createContext,
        TextWriter output,
        TextWriter error,
        TimeProvider time)
        where TContext : TaskContext
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(createContext);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parsed = BuildArguments.Parse(args);
        if (parsed.Value is not { } arguments)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"error: {problem}");
            }

            error.WriteLine(BuildArguments.Usage);
            return BuildExitCodes.UsageError;
        }

        if (arguments.ShowHelp)
        {
            output.WriteLine(BuildArguments.Usage);
            output.WriteLine($"Targets: {string.Join(", ", graph.Tasks.Select(t => t.Name))} (default: {BuildArguments.DefaultTarget}).");
            return BuildExitCodes.Success;
        }

        var plan = graph.Plan(arguments.Target);
        if (!plan.IsValid)
        {
            error.WriteLine($"error: {plan.Error}");
            return BuildExitCodes.UsageError;
        }

        TContext context;
        try
        {
            context = createContext(arguments);
        }
        catch (BuildFailedException failure)
        {
            error.WriteLine($"error: {failure.Message}");
            return failure.ExitCode;
        }

        output.WriteLine($"Target {plan.Tasks[^1].Name} ({arguments.Configuration}): {string.Join(" -> ", plan.Tasks.Select(t => t.Name))}");
        var report = new TaskRunner<TContext>(time).Run(plan, context);
        SummaryTable.Write(report, output);
        if (context.FinalLine is { } last)
        {
            output.WriteLine(last);
        }

        return report.ExitCode;
    }
}
