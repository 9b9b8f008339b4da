namespace Toolkit.Build.Framework;

/// <summary>A task type as declared by its attributes.</summary>
/// <param name="Name">The name from <see cref="TaskNameAttribute"/>, or the class name without a <c>Task</c> suffix.</param>
/// <param name="Type">The task class.</param>
/// <param name="Dependencies">The task types it depends on, in declaration order.</param>
public sealed record TaskDefinition(string Name, Type Type, IReadOnlyList<Type> Dependencies)
{
    /// <summary>Reads a task type's name and dependencies from its attributes.</summary>
    public static TaskDefinition From(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = type.GetCustomAttributes(typeof(TaskNameAttribute), inherit: false).OfType<TaskNameAttribute>().FirstOrDefault()?.Name
            ?? (type.Name.EndsWith("Task", StringComparison.Ordinal) && type.Name.Length > 4 ? type.Name[..^4] : type.Name);
        var dependencies = type.GetCustomAttributes(typeof(IsDependentOnAttribute), inherit: false)
            .OfType<IsDependentOnAttribute>()
            .Select(a => a.Task)
            .ToList();
        return new TaskDefinition(name, type, dependencies);
    }
}
