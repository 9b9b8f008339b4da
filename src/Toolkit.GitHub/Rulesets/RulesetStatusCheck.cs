namespace Toolkit.GitHub.Rulesets;

/// <summary>A required check of a ruleset's <c>required_status_checks</c> rule.</summary>
public sealed record RulesetStatusCheck(string Context)
{
    /// <summary>The app that must report the check, when pinned.</summary>
    public long? IntegrationId { get; init; }
}
