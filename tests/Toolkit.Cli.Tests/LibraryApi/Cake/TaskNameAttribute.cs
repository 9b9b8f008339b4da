namespace Cake.Frosting;

/// <summary>Stand-in for Cake.Frosting's attribute of the same name.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TaskNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
