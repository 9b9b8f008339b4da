namespace Toolkit.GitHub.Rulesets;

/// <summary>The <c>parameters</c> of a <c>required_status_checks</c> rule; both constructor values are required by the API.</summary>
public sealed record RequiredStatusChecksParameters(IReadOnlyList<RulesetStatusCheck> RequiredStatusChecks, bool StrictRequiredStatusChecksPolicy)
{
    public bool? DoNotEnforceOnCreate { get; init; }
}
