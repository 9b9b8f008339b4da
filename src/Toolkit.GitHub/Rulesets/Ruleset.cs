using System.Text.Json;

namespace Toolkit.GitHub.Rulesets;

/// <summary>
/// A repository ruleset as GitHub returns it (<see href="https://docs.github.com/rest/repos/rules#get-a-repository-ruleset">repository-ruleset</see>).
/// Conditions and bypass actors stay raw JSON: they are carried over unchanged on update.
/// </summary>
public sealed record Ruleset(long Id, string Name, string Enforcement)
{
    /// <summary><c>branch</c>, <c>tag</c> or <c>push</c>.</summary>
    public string? Target { get; init; }

    /// <summary><c>Repository</c> or <c>Organization</c>; only repository rulesets can be changed here.</summary>
    public string? SourceType { get; init; }

    public string? Source { get; init; }

    public JsonElement? Conditions { get; init; }

    public JsonElement? BypassActors { get; init; }

    /// <summary>Present on the single-ruleset GET, absent from the list.</summary>
    public IReadOnlyList<RulesetRule>? Rules { get; init; }
}
