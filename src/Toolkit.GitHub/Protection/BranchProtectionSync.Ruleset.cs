using System.Text.Json;
using Toolkit.GitHub.Http;
using Toolkit.GitHub.Rulesets;

namespace Toolkit.GitHub.Protection;

/// <summary>The ruleset path: the <c>required_status_checks</c> rule of a named repository ruleset.</summary>
public sealed partial class BranchProtectionSync
{
    private async Task<ProtectionSyncResult> SyncRulesetAsync(ProtectionSyncRequest request, string target, CancellationToken cancellationToken)
    {
        var repository = request.Repository;
        var name = request.RulesetName!;
        var summaries = await client.Rulesets.ListAsync(repository, cancellationToken).ConfigureAwait(false);
        var match = summaries.FirstOrDefault(r => r.Name == name && r.SourceType is null or "Repository");
        if (match is null)
        {
            var diff = CheckDiff.Compute([], request.RequiredChecks, request.RemoveUnlisted);
            if (request.DryRun)
            {
                return Planned(ProtectionSyncOutcome.WouldApply, target, diff, " (the ruleset would be created)");
            }

            var parameters = new RequiredStatusChecksParameters([.. diff.Desired.Select(c => new RulesetStatusCheck(c))], request.Strict ?? false);
            await client.Rulesets.CreateAsync(repository, new RulesetRequest(name, "active")
            {
                Target = "branch",
                Conditions = JsonSerializer.SerializeToElement(
                    new RulesetConditions(new RefNameCondition([$"refs/heads/{request.Branch}"], [])), GitHubJsonContext.Default.RulesetConditions),
                Rules = [Rule(parameters)],
            }, cancellationToken).ConfigureAwait(false);
            return Planned(ProtectionSyncOutcome.Applied, target, diff, " (ruleset created)");
        }

        var ruleset = await client.Rulesets.GetAsync(repository, match.Id, cancellationToken).ConfigureAwait(false);
        var rules = ruleset.Rules ?? [];
        var rule = rules.FirstOrDefault(r => r.Type == RulesetRule.RequiredStatusChecksType);
        var current = rule?.Parameters is { ValueKind: JsonValueKind.Object } p
            ? p.Deserialize(GitHubJsonContext.Default.RequiredStatusChecksParameters)
            : null;
        var existing = current?.RequiredStatusChecks ?? [];
        var change = CheckDiff.Compute([.. existing.Select(c => c.Context)], request.RequiredChecks, request.RemoveUnlisted);
        var strictChanges = current is not null && request.Strict is { } s && s != current.StrictRequiredStatusChecksPolicy;
        if (change.IsEmpty && !strictChanges && (rule is not null || request.RequiredChecks.Count == 0))
        {
            return InSync(target, change);
        }

        if (request.DryRun)
        {
            return Planned(ProtectionSyncOutcome.WouldApply, target, change, string.Empty);
        }

        var byName = existing.GroupBy(c => c.Context, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var updated = (current ?? new RequiredStatusChecksParameters([], false)) with
        {
            RequiredStatusChecks = [.. change.Desired.Select(c => byName.TryGetValue(c, out var kept) ? kept : new RulesetStatusCheck(c))],
            StrictRequiredStatusChecksPolicy = request.Strict ?? current?.StrictRequiredStatusChecksPolicy ?? false,
        };
        IReadOnlyList<RulesetRule> newRules = rule is null
            ? [.. rules, Rule(updated)]
            : [.. rules.Select(r => ReferenceEquals(r, rule) ? Rule(updated) : r)];
        await client.Rulesets.UpdateAsync(repository, ruleset.Id, RulesetRequest.From(ruleset, newRules), cancellationToken).ConfigureAwait(false);
        return Planned(ProtectionSyncOutcome.Applied, target, change, string.Empty);
    }

    private static RulesetRule Rule(RequiredStatusChecksParameters parameters) =>
        new(RulesetRule.RequiredStatusChecksType)
        {
            Parameters = JsonSerializer.SerializeToElement(parameters, GitHubJsonContext.Default.RequiredStatusChecksParameters),
        };
}
