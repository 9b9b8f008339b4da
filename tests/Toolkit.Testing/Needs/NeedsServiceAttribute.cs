namespace Toolkit.Testing.Needs;

/// <summary>
/// Marks a fixture or collection definition that starts a real service: every test class using it must carry
/// <c>[Trait("Needs", service)]</c>, which <see cref="NeedsTraits.Untagged"/> checks.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class NeedsServiceAttribute(string service) : Attribute
{
    public string Service { get; } = service;
}
