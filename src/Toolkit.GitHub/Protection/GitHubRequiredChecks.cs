using Toolkit.Core.Protection;
using Toolkit.Core.Runtime;

namespace Toolkit.GitHub.Protection;

/// <summary>Branch protection's required checks read through the REST API (classic protection's contexts and checks).</summary>
public sealed class GitHubRequiredChecks : IRequiredChecksSource
{
    private readonly GitHubClientOptions options;
    private readonly GitHubRepository repository;

    private GitHubRequiredChecks(GitHubClientOptions options, GitHubRepository repository)
    {
        this.options = options;
        this.repository = repository;
    }

    /// <summary>A reader for the job's repository, or null when the environment has no token or repository to ask with.</summary>
    public static GitHubRequiredChecks? FromEnvironment(RunEnvironment environment, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var options = GitHubClientOptions.FromEnvironment(environment, token);
        return string.IsNullOrEmpty(options.Token) || !GitHubRepository.TryParse(environment.Repository, out var repository)
            ? null
            : new GitHubRequiredChecks(options with { TotalRetryBudget = TimeSpan.FromMinutes(1) }, repository);
    }

    public async Task<RequiredChecksAnswer> ReadAsync(string branch, CancellationToken cancellationToken)
    {
        using var client = new GitHubClient(options);
        try
        {
            var protection = await client.BranchProtection.GetAsync(repository, branch, cancellationToken).ConfigureAwait(false);
            if (protection is null)
            {
                return RequiredChecksAnswer.NotProtected();
            }

            var checks = protection.RequiredStatusChecks;
            return RequiredChecksAnswer.Protected(checks is null
                ? new HashSet<string>(StringComparer.Ordinal)
                : checks.Contexts.Concat(checks.Checks?.Select(c => c.Context) ?? []).ToHashSet(StringComparer.Ordinal));
        }
        catch (GitHubApiException e) when (e.IsAdminRequired || e.IsIntegrationForbidden || e.IsNotFound)
        {
            return RequiredChecksAnswer.NotAvailable($"branch protection of '{branch}' not checked: the token cannot read it (needs administration: read)");
        }
        catch (GitHubApiException e)
        {
            return RequiredChecksAnswer.Failed($"Branch protection of '{branch}' could not be read: {e.Message}");
        }
    }
}
