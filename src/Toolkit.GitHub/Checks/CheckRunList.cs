namespace Toolkit.GitHub.Checks;

/// <summary>One page of <c>GET /repos/{owner}/{repo}/commits/{ref}/check-runs</c>.</summary>
public sealed record CheckRunList(int TotalCount, IReadOnlyList<CheckRun> CheckRuns);
