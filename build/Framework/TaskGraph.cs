using Toolkit.Core.Configuration;

namespace Toolkit.Build.Framework;

/// <summary>The build's tasks and their dependencies; plans the run for a target in topological order.</summary>
public sealed class TaskGraph
{
    private readonly Dictionary<Type, TaskDefinition> byType;

    /// <summary>Creates the graph of the given task types.</summary>
    public TaskGraph(IEnumerable<Type> taskTypes)
    {
        ArgumentNullException.ThrowIfNull(taskTypes);
        Tasks = taskTypes.Select(TaskDefinition.From).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
        byType = Tasks.ToDictionary(t => t.Type);
    }

    /// <summary>Every task, by name.</summary>
    public IReadOnlyList<TaskDefinition> Tasks { get; }

    /// <summary>Every task type deriving from <see cref="FrostingTask{TContext}"/> in an assembly.</summary>
    public static TaskGraph FromAssembly<TContext>(System.Reflection.Assembly assembly)
        where TContext : TaskContext
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new TaskGraph(assembly.GetTypes().Where(t => !t.IsAbstract && typeof(FrostingTask<TContext>).IsAssignableFrom(t)));
    }

    /// <summary>Plans the tasks <paramref name="target"/> needs (names compare case-insensitively, as in Cake).</summary>
    public TaskPlan Plan(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var duplicate = Tasks.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return TaskPlan.Invalid($"Tasks {string.Join(" and ", duplicate.Select(t => t.Type.Name))} share the name '{duplicate.Key}'.");
        }

        var root = Tasks.FirstOrDefault(t => string.Equals(t.Name, target, StringComparison.OrdinalIgnoreCase));
        if (root is null)
        {
            return TaskPlan.Invalid(UnknownTarget(target));
        }

        var order = new List<TaskDefinition>();
        var done = new HashSet<Type>();
        var path = new List<TaskDefinition>();
        var error = Visit(root, order, done, path);
        return error is null ? new TaskPlan(order, null) : TaskPlan.Invalid(error);
    }

    // Depth-first, dependencies in declaration order; `path` is the chain being visited, so meeting a task already on it
    // is a cycle and the chain from that task is the cycle to report.
    private string? Visit(TaskDefinition task, List<TaskDefinition> order, HashSet<Type> done, List<TaskDefinition> path)
    {
        if (done.Contains(task.Type))
        {
            return null;
        }

        var start = path.IndexOf(task);
        if (start >= 0)
        {
            var cycle = path.Skip(start).Append(task).Select(t => t.Name);
            return $"The tasks depend on each other in a cycle: {string.Join(" -> ", cycle)}.";
        }

        path.Add(task);
        foreach (var dependency in task.Dependencies)
        {
            if (!byType.TryGetValue(dependency, out var next))
            {
                return $"Task '{task.Name}' depends on {dependency.Name}, which is not a task of this build.";
            }

            if (Visit(next, order, done, path) is { } error)
            {
                return error;
            }
        }

        path.RemoveAt(path.Count - 1);
        done.Add(task.Type);
        order.Add(task);
        return null;
    }

    private string UnknownTarget(string target)
    {
        var names = Tasks.Select(t => t.Name).ToList();

        // A close match reads as a typo; otherwise still name the nearest target, the list is short enough to judge.
        var hint = Suggestions.Nearest(target, names) is { } typo
            ? $" Did you mean '{typo}'?"
            : names.MinBy(n => Suggestions.Distance(target.ToLowerInvariant(), n.ToLowerInvariant())) is { } nearest
                ? $" The nearest is '{nearest}'."
                : string.Empty;
        return $"Unknown target '{target}'.{hint} Targets: {string.Join(", ", names)}.";
    }
}
