using System.Text.Json;

namespace Toolkit.Testing.GitHub.Contract;

/// <summary>One operation of the description: a method on a path template, with its parameters already resolved.</summary>
internal sealed record ApiOperation(string Method, string Template, string? OperationId, JsonElement Element, IReadOnlyList<JsonElement> Parameters)
{
    public IEnumerable<JsonElement> ParametersIn(string location) =>
        Parameters.Where(p => p.TryGetProperty("in", out var where) && where.ValueEquals(location));

    public static string NameOf(JsonElement parameter) =>
        parameter.TryGetProperty("name", out var name) ? name.GetString() ?? string.Empty : string.Empty;
}
