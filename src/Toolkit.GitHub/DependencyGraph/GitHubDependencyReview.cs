using System.Net.Http;
using Toolkit.Core.Dependencies;
using Toolkit.Core.Processes;
using Toolkit.Core.Runtime;
using Toolkit.Core.Events;

namespace Toolkit.GitHub.DependencyGraph;

/// <summary>
/// The dependency review of the job's change through GitHub's compare API: a pull request's own base and head commits
/// (as actions/dependency-review-action compares them), else the given base and HEAD resolved by git.
/// </summary>
public sealed class GitHubDependencyReview : IDependencyReviewSource
{
    private readonly GitHubClientOptions options;
    private readonly GitHubRepository repository;
    private readonly RunEnvironment environment;

    private GitHubDependencyReview(GitHubClientOptions options, GitHubRepository repository, RunEnvironment environment)
    {
        this.options = options;
        this.repository = repository;
        this.environment = environment;
    }

    /// <summary>A review for the job's repository, or null when the environment has no token or repository to ask with.</summary>
    public static GitHubDependencyReview? FromEnvironment(RunEnvironment environment, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var options = GitHubClientOptions.FromEnvironment(environment, token);
        if (string.IsNullOrEmpty(options.Token) || !GitHubRepository.TryParse(environment.Repository, out var repository))
        {
            return null;
        }

        return new GitHubDependencyReview(options with { TotalRetryBudget = TimeSpan.FromMinutes(1) }, repository, environment);
    }

    /// <summary>A review with the given client options (tests point them at a fake).</summary>
    public static GitHubDependencyReview Create(GitHubClientOptions options, GitHubRepository repository, RunEnvironment environment) =>
        new(options, repository, environment);

    public async Task<DependencyReviewAnswer> CompareAsync(string repositoryRoot, string? baseRef, CancellationToken cancellationToken)
    {
        var (baseCommit, headCommit, problem) = Commits(repositoryRoot, baseRef);
        if (problem is not null)
        {
            return DependencyReviewAnswer.NotAvailable(problem);
        }

        var compared = $"{baseCommit}...{headCommit}";
        using var client = new GitHubClient(options);
        try
        {
            var changes = await client.DependencyGraph.CompareAsync(repository, baseCommit!, headCommit!, cancellationToken).ConfigureAwait(false);
            return DependencyReviewAnswer.Of(changes, compared);
        }
        catch (GitHubApiException e) when (e.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound && !e.BudgetExhausted)
        {
            // Dependency graph off, GitHub Advanced Security missing on a private repository, or a token without contents: read.
            return DependencyReviewAnswer.NotAvailable($"GitHub answered {(int)e.StatusCode!} for {compared}: {e.GitHubMessage ?? e.Message}");
        }
        catch (GitHubApiException e)
        {
            return DependencyReviewAnswer.Failed($"GitHub's dependency review of {repository}@{compared} could not be read: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return DependencyReviewAnswer.Failed($"GitHub's dependency review of {repository}@{compared} could not be read: {e.Message}");
        }
    }

    private (string? Base, string? Head, string? Problem) Commits(string repositoryRoot, string? baseRef)
    {
        if (environment.EventPath is not null && GitHubEventReader.Read(environment).Context is { IsPullRequest: true, BaseSha: { } prBase, HeadSha: { } prHead })
        {
            return (prBase, prHead, null);
        }

        if (baseRef is null)
        {
            return (null, null, "no base to compare with (not a pull request and no --base)");
        }

        var resolvedBase = Git.ResolveCommit(repositoryRoot, baseRef);
        var resolvedHead = Git.ResolveCommit(repositoryRoot, "HEAD");
        return resolvedBase.Sha is null ? (null, null, $"the base '{baseRef}' {resolvedBase.Problem}")
            : resolvedHead.Sha is null ? (null, null, $"HEAD {resolvedHead.Problem}")
            : (resolvedBase.Sha, resolvedHead.Sha, null);
    }
}
