namespace Toolkit.GitHub.Rulesets;

/// <summary>The <c>ref_name</c> condition: ref patterns to include and exclude (<c>refs/heads/main</c>, <c>~DEFAULT_BRANCH</c>).</summary>
public sealed record RefNameCondition(IReadOnlyList<string> Include, IReadOnlyList<string> Exclude);
