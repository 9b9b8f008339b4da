using System.Text.Json;

namespace Toolkit.GitHub.Rulesets;

/// <summary>
/// Body of <see href="https://docs.github.com/rest/repos/rules#create-a-repository-ruleset">POST /repos/{owner}/{repo}/rulesets</see>
/// and <see href="https://docs.github.com/rest/repos/rules#update-a-repository-ruleset">PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}</see>.
/// </summary>
/// <param name="Enforcement"><c>disabled</c>, <c>active</c> or <c>evaluate</c>.</param>
public sealed record RulesetRequest(string Name, string Enforcement)
{
    public string? Target { get; init; }

    public JsonElement? BypassActors { get; init; }

    public JsonElement? Conditions { get; init; }

    public IReadOnlyList<RulesetRule>? Rules { get; init; }

    /// <summary>The request that re-applies <paramref name="ruleset"/> with other rules.</summary>
    public static RulesetRequest From(Ruleset ruleset, IReadOnlyList<RulesetRule> rules)
    {
        ArgumentNullException.ThrowIfNull(ruleset);
        return new RulesetRequest(ruleset.Name, ruleset.Enforcement)
        {
            Target = ruleset.Target,
            BypassActors = ruleset.BypassActors,
            Conditions = ruleset.Conditions,
            Rules = rules,
        };
    }
}
