namespace Toolkit.Core.Dependencies;

/// <summary>A GitHub advisory on a dependency the change adds.</summary>
/// <param name="GhsaId">The advisory's GHSA id.</param>
/// <param name="Severity">GitHub's severity: <c>critical</c>, <c>high</c>, <c>moderate</c> or <c>low</c>.</param>
/// <param name="Summary">One line.</param>
/// <param name="Url">The advisory's page.</param>
public sealed record DependencyReviewAdvisory(string GhsaId, string Severity, string Summary, string Url);
