using Toolkit.GitHub.Http;

namespace Toolkit.GitHub.Branches;

/// <summary>The <see href="https://docs.github.com/rest/branches/branch-protection">branch protection</see> API.</summary>
public sealed class BranchProtectionClient(GitHubConnection connection)
{
    /// <summary>
    /// <see href="https://docs.github.com/rest/branches/branch-protection#get-branch-protection">GET /repos/{owner}/{repo}/branches/{branch}/protection</see>;
    /// null when GitHub answers 404 <c>Branch not protected</c>. Other 404s (no branch, no admin rights) throw.
    /// </summary>
    public async Task<BranchProtection?> GetAsync(GitHubRepository repository, string branch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        try
        {
            return await connection.SendAsync(HttpMethod.Get, Path(repository, branch), GitHubJsonContext.Default.BranchProtection, cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubApiException e) when (e.IsNotFound && IsNotProtected(e))
        {
            return null;
        }
    }

    /// <summary><see href="https://docs.github.com/rest/branches/branch-protection#update-branch-protection">PUT /repos/{owner}/{repo}/branches/{branch}/protection</see>.</summary>
    public async Task<BranchProtection> UpdateAsync(GitHubRepository repository, string branch, BranchProtectionUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Put, Path(repository, branch), update,
            GitHubJsonContext.Default.BranchProtectionUpdate, GitHubJsonContext.Default.BranchProtection, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// <see href="https://docs.github.com/rest/branches/branch-protection#get-status-checks-protection">GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks</see>;
    /// null when the branch has no required checks.
    /// </summary>
    public async Task<RequiredStatusChecks?> GetRequiredStatusChecksAsync(GitHubRepository repository, string branch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        try
        {
            return await connection.SendAsync(HttpMethod.Get, Path(repository, branch) + "/required_status_checks",
                GitHubJsonContext.Default.RequiredStatusChecks, cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubApiException e) when (e.IsNotFound && (IsNotProtected(e) || e.GitHubMessage?.Contains("not enabled", StringComparison.OrdinalIgnoreCase) == true))
        {
            return null;
        }
    }

    internal static bool IsNotProtected(GitHubApiException e) =>
        e.GitHubMessage?.Contains("not protected", StringComparison.OrdinalIgnoreCase) == true;

    private static string Path(GitHubRepository repository, string branch) =>
        $"{repository.Path}/branches/{Uri.EscapeDataString(branch)}/protection";
}
