namespace Toolkit.Build.Framework;

/// <summary>Names a task, as Cake Frosting's attribute of the same name does; the name is what <c>--target</c> takes.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TaskNameAttribute(string name) : Attribute
{
    /// <summary>The task's name.</summary>
    public string Name { get; } = name;
}
