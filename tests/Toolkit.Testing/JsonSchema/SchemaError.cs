namespace Toolkit.Testing.JsonSchema;

/// <summary>One way an instance does not match its schema.</summary>
/// <param name="InstancePath">JSON pointer to the offending value (<c>""</c> for the root).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="SchemaPath">The keyword that failed, as a path through the schemas (refs shown as <c>$ref</c>).</param>
public sealed record SchemaError(string InstancePath, string Message, string SchemaPath)
{
    public override string ToString() => $"{(InstancePath.Length == 0 ? "/" : InstancePath)}: {Message} (at {SchemaPath})";
}
