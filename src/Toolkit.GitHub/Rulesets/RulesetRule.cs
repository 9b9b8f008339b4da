using System.Text.Json;

namespace Toolkit.GitHub.Rulesets;

/// <summary>One rule of a ruleset; parameters stay raw JSON so rules this client does not model survive an update intact.</summary>
public sealed record RulesetRule(string Type)
{
    public const string RequiredStatusChecksType = "required_status_checks";

    public JsonElement? Parameters { get; init; }
}
