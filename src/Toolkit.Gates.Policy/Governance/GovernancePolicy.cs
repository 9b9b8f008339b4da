using Toolkit.Core.IO;
using Toolkit.Core.Protection;
using Toolkit.Core.Runtime;
using Toolkit.Core.Events;

namespace Toolkit.Gates.Policy.Governance;

/// <summary>
/// CODEOWNERS exists, parses and covers every file the PR changes; the PR title is a Conventional Commit. PR facts
/// come from the Actions event payload; outside a PR only the file checks run.
/// </summary>
internal static class GovernancePolicy
{
    public static async Task<GovernanceResult> CheckAsync(string root, PolicyOptions options, RunEnvironment environment, IRequiredChecksSource? requiredChecks, IReadOnlySet<string> disabled, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var notes = new List<string>();
        CodeOwners? owners = null;
        if (options.RequireCodeowners)
        {
            var location = CodeOwners.Locations.FirstOrDefault(l => File.Exists(Path.Combine(root, l)));
            if (location is null)
            {
                Add(findings, disabled, PolicyRules.CodeownersMissing, null, $"None of {string.Join(", ", CodeOwners.Locations)} exists.");
            }
            else
            {
                var (text, unreadable) = UserFiles.ReadLooseText(Path.Combine(root, location), location);
                if (text is null)
                {
                    Add(findings, disabled, PolicyRules.CodeownersInvalid, new SourceLocation(location), unreadable!.Reason);
                }

                owners = CodeOwners.Parse(text ?? string.Empty);
                foreach (var problem in owners.Problems)
                {
                    Add(findings, disabled, PolicyRules.CodeownersInvalid, new SourceLocation(location, problem.Line, problem.Column), problem.Message);
                }
            }
        }

        if (options.BranchProtection)
        {
            var protection = await BranchProtectionCheck.CheckAsync(options, environment, requiredChecks, cancellationToken).ConfigureAwait(false);
            if (protection.Error is not null)
            {
                return new GovernanceResult(findings, protection.Error, notes);
            }

            notes.AddRange(protection.Notes);
            foreach (var missing in protection.Missing)
            {
                Add(findings, disabled, PolicyRules.BranchProtectionGates, null, missing);
            }
        }

        if (!options.ConventionalTitle && owners is null)
        {
            return new GovernanceResult(findings, null, notes);
        }

        if (environment.EventName is not { } eventName || !GitHubEventNames.IsPullRequest(eventName))
        {
            notes.Add("not a pull request run: CODEOWNERS coverage of changed files and the PR title were not checked");
            return new GovernanceResult(findings, null, notes);
        }

        var read = GitHubEventReader.Read(environment);
        if (!read.IsSuccess)
        {
            return new GovernanceResult(findings, read.Error + " Fix: run in the pull_request workflow, or disable the governance pack.", notes);
        }

        var pull = read.Context!;
        if (options.ConventionalTitle)
        {
            if (pull.PullTitle is null)
            {
                return new GovernanceResult(findings, $"{environment.EventPath}: the pull request payload has no pull_request.title.", notes);
            }

            if (ConventionalTitle.Problem(pull.PullTitle, options.ConventionalTypes) is { } problem)
            {
                Add(findings, disabled, PolicyRules.PrTitle, null, $"PR #{pull.PullNumber} title {problem}");
            }
        }

        if (owners is not null)
        {
            if (pull.BaseSha is null || pull.HeadSha is null)
            {
                return new GovernanceResult(findings, $"{environment.EventPath}: the pull request payload has no base or head SHA, so changed files cannot be listed.", notes);
            }

            var changed = await GitChangedFiles.ListAsync(root, pull.BaseSha, pull.HeadSha, cancellationToken).ConfigureAwait(false);
            if (!changed.IsSuccess)
            {
                return new GovernanceResult(findings, changed.Error, notes);
            }

            foreach (var file in changed.Files.Where(f => f.Status != ChangedFileStatus.Deleted))
            {
                if (owners.OwnersOf(file.Path).Count == 0)
                {
                    Add(findings, disabled, PolicyRules.CodeownersUncovered, new SourceLocation(file.Path), $"'{file.Path}' changed in PR #{pull.PullNumber} but has no code owner.");
                }
            }
        }

        return new GovernanceResult(findings, null, notes);
    }

    private static void Add(List<Finding> findings, IReadOnlySet<string> disabled, PolicyRule rule, SourceLocation? location, string detail)
    {
        if (!disabled.Contains(rule.Id))
        {
            findings.Add(FindingSink.Create(rule, location, detail));
        }
    }
}
