namespace Toolkit.Build.Framework;

/// <summary>
/// Declares that a task runs after another one. Dependencies run in the order they are declared, each task once.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class IsDependentOnAttribute(Type task) : Attribute
{
    /// <summary>The task type that must run first.</summary>
    public Type Task { get; } = task;
}
