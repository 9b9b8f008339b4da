namespace Toolkit.Core.Dependencies;

/// <summary>One dependency added or removed by the change, as GitHub's dependency graph compare reports it.</summary>
/// <param name="Added">True when the change adds it, false when it removes it.</param>
/// <param name="Manifest">The manifest or lockfile it comes from, repository-relative.</param>
/// <param name="Ecosystem">GitHub's ecosystem name (npm, pip, maven, nuget, actions ...).</param>
/// <param name="Name">The package name.</param>
/// <param name="Version">The version.</param>
/// <param name="PackageUrl">Its purl, when GitHub gives one.</param>
/// <param name="License">Its SPDX licence, when GitHub knows it.</param>
/// <param name="Scope"><c>runtime</c>, <c>development</c> or <c>unknown</c>.</param>
/// <param name="Advisories">The advisories that affect this version.</param>
public sealed record DependencyReviewChange(
    bool Added,
    string Manifest,
    string Ecosystem,
    string Name,
    string Version,
    string? PackageUrl,
    string? License,
    string Scope,
    IReadOnlyList<DependencyReviewAdvisory> Advisories);
