namespace Toolkit.Testing.GitHub.Contract;

/// <summary>A JSON value that does not satisfy its schema, at a JSON path like <c>$.output.annotations[3].message</c>.</summary>
internal sealed record SchemaError(string Location, string Problem);
