namespace Toolkit.Core.Dependencies;

/// <summary>
/// GitHub's dependency review: the dependencies a change adds and removes, with the advisories GitHub knows for the
/// added ones. A Core interface so gates reach GitHub without referencing it; the CLI supplies the implementation.
/// </summary>
public interface IDependencyReviewSource
{
    /// <summary>Compares the dependency graphs of the change's base and head.</summary>
    /// <param name="repositoryRoot">The checked-out repository, to resolve <paramref name="baseRef"/> and HEAD to commits.</param>
    /// <param name="baseRef">The base to compare with when the run is not a pull request's (which names its own base).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<DependencyReviewAnswer> CompareAsync(string repositoryRoot, string? baseRef, CancellationToken cancellationToken);
}
