namespace Toolkit.GitHub.DependencyGraph;

/// <summary>One entry of <c>GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}</c> (the dependency-graph-diff schema).</summary>
public sealed record DependencyGraphChange(
    string ChangeType,
    string Manifest,
    string Ecosystem,
    string Name,
    string Version,
    string? PackageUrl,
    string? License,
    string? SourceRepositoryUrl,
    IReadOnlyList<DependencyGraphVulnerability> Vulnerabilities,
    string Scope);
