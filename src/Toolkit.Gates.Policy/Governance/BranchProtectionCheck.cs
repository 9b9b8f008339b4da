using Toolkit.Core.Runtime;
using Toolkit.GitHub;
using Toolkit.GitHub.Events;

namespace Toolkit.Gates.Policy.Governance;

/// <summary>
/// Branch protection of the default branch must require every gate gates.yml requires. Read through the GitHub API;
/// a token that may not read protection (it needs administration: read) skips the check with a note.
/// </summary>
internal static class BranchProtectionCheck
{
    public static async Task<BranchProtectionResult> CheckAsync(PolicyOptions options, RunEnvironment environment, CancellationToken cancellationToken)
    {
        if (environment["GITHUB_TOKEN"] is not { } token || !GitHubRepository.TryParse(environment.Repository, out var repository))
        {
            return new([], ["branch protection not checked: set GITHUB_TOKEN and GITHUB_REPOSITORY (they are set in GitHub Actions)"], null);
        }

        var branch = options.ProtectedBranch
            ?? (environment.EventPath is null ? null : GitHubEventReader.Read(environment).Context?.DefaultBranch)
            ?? "main";
        using var client = new GitHubClient(GitHubClientOptions.FromEnvironment(environment, token) with { TotalRetryBudget = TimeSpan.FromMinutes(1) });
        try
        {
            var protection = await client.BranchProtection.GetAsync(repository, branch, cancellationToken).ConfigureAwait(false);
            var required = protection?.RequiredStatusChecks is { } checks
                ? checks.Contexts.Concat(checks.Checks?.Select(c => c.Context) ?? []).ToHashSet(StringComparer.Ordinal)
                : [];
            var missing = options.RequiredChecks
                .Where(gate => !required.Contains(gate))
                .Select(gate => protection is null
                    ? $"Branch '{branch}' is not protected, so the required gate '{gate}' does not block merges."
                    : $"Branch protection of '{branch}' does not require the gate '{gate}'.")
                .ToList();
            return new(missing, [], null);
        }
        catch (GitHubApiException e) when (e.IsAdminRequired || e.IsIntegrationForbidden || e.IsNotFound)
        {
            return new([], [$"branch protection of '{branch}' not checked: the token cannot read it (needs administration: read)"], null);
        }
        catch (GitHubApiException e)
        {
            return new([], [], $"Branch protection of '{branch}' could not be read: {e.Message} Fix: retry, or set branch_protection: false.");
        }
    }
}
