namespace Toolkit.GitHub.Rulesets;

/// <summary>The <c>conditions</c> of a repository ruleset.</summary>
public sealed record RulesetConditions(RefNameCondition RefName);
