using Toolkit.Core.Protection;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy.Governance;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>The governance pack: CODEOWNERS, the PR title and, when asked, branch protection (<see cref="GovernancePolicy"/>).</summary>
internal static class GovernanceCheck
{
    public static async Task<CheckResult> RunAsync(string root, PolicyOptions options, RunEnvironment environment, IRequiredChecksSource? requiredChecks, IReadOnlySet<string> disabled, CancellationToken cancellationToken)
    {
        var governance = await GovernancePolicy.CheckAsync(root, options, environment, requiredChecks, disabled, cancellationToken).ConfigureAwait(false);
        string[] problems = governance.Error is null ? [] : ["Governance could not be checked: " + governance.Error];
        return new CheckResult(governance.Findings, problems) { Notes = governance.Notes };
    }
}
