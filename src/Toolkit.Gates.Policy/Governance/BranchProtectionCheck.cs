using Toolkit.Core.Events;
using Toolkit.Core.Protection;
using Toolkit.Core.Runtime;

namespace Toolkit.Gates.Policy.Governance;

/// <summary>
/// Branch protection of the default branch must require every gate gates.yml requires. Read through
/// <see cref="IRequiredChecksSource"/>; a token that may not read protection (it needs administration: read) skips the
/// check with a note.
/// </summary>
internal static class BranchProtectionCheck
{
    public static async Task<BranchProtectionResult> CheckAsync(PolicyOptions options, RunEnvironment environment, IRequiredChecksSource? source, CancellationToken cancellationToken)
    {
        if (source is null)
        {
            return new([], ["branch protection not checked: set GITHUB_TOKEN and GITHUB_REPOSITORY (they are set in GitHub Actions)"], null);
        }

        var branch = options.ProtectedBranch
            ?? (environment.EventPath is null ? null : GitHubEventReader.Read(environment).Context?.DefaultBranch)
            ?? "main";
        var answer = await source.ReadAsync(branch, cancellationToken).ConfigureAwait(false);
        if (answer.Error is { } error)
        {
            return new([], [], error + " Fix: retry, or set branch_protection: false.");
        }

        if (answer.Required is not { } required)
        {
            return new([], [answer.Unavailable!], null);
        }

        var missing = options.RequiredChecks
            .Where(gate => !required.Contains(gate))
            .Select(gate => answer.IsProtected
                ? $"Branch protection of '{branch}' does not require the gate '{gate}'."
                : $"Branch '{branch}' is not protected, so the required gate '{gate}' does not block merges.")
            .ToList();
        return new(missing, [], null);
    }
}
