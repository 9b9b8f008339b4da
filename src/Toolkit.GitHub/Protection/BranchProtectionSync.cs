using System.Net;
using Toolkit.GitHub.Branches;

namespace Toolkit.GitHub.Protection;

/// <summary>
/// Makes a branch require the gates' checks: reads branch protection (or a repository ruleset), computes the
/// difference and writes it back with every other setting preserved. Idempotent; a dry run only reports.
/// </summary>
public sealed partial class BranchProtectionSync
{
    /// <summary>The permission protection and rulesets need, in fine-grained token terms.</summary>
    public const string AdministrationWrite = "administration: write";

    private readonly GitHubClient client;

    public BranchProtectionSync(GitHubClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
    }

    public async Task<ProtectionSyncResult> SyncAsync(ProtectionSyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var before = client.Connection.RequestsSent;
        var target = request.RulesetName is { } name ? $"ruleset '{name}'" : $"branch protection of {request.Branch}";
        ProtectionSyncResult result;
        try
        {
            result = request.RulesetName is null
                ? await SyncBranchProtectionAsync(request, target, cancellationToken).ConfigureAwait(false)
                : await SyncRulesetAsync(request, target, cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubApiException e) when (IsPermissionProblem(e))
        {
            result = new ProtectionSyncResult(ProtectionSyncOutcome.MissingPermission, target, MissingPermissionMessage(request, target, e))
            {
                MissingPermission = AdministrationWrite,
            };
        }

        return result with { RequestsSent = client.Connection.RequestsSent - before };
    }

    private async Task<ProtectionSyncResult> SyncBranchProtectionAsync(ProtectionSyncRequest request, string target, CancellationToken cancellationToken)
    {
        var repository = request.Repository;
        var current = await client.BranchProtection.GetAsync(repository, request.Branch, cancellationToken).ConfigureAwait(false);
        var existing = current?.RequiredStatusChecks;
        var names = existing?.Checks is { Count: > 0 } checks ? [.. checks.Select(c => c.Context)] : existing?.Contexts ?? [];
        var diff = CheckDiff.Compute(names, request.RequiredChecks, request.RemoveUnlisted);
        var strict = request.Strict ?? existing?.Strict ?? false;
        var strictChanges = existing is not null && request.Strict is { } s && s != existing.Strict;
        if (diff.IsEmpty && !strictChanges && (existing is not null || request.RequiredChecks.Count == 0))
        {
            return InSync(target, diff);
        }

        if (request.DryRun)
        {
            return Planned(ProtectionSyncOutcome.WouldApply, target, diff, current is null ? " (the branch is not protected yet)" : string.Empty);
        }

        // Keep app pinning: send checks[] with the app ids found, else the classic contexts list is enough.
        var pinned = existing?.Checks?.Where(c => c.AppId is not null).ToDictionary(c => c.Context, StringComparer.Ordinal);
        var update = new RequiredStatusChecksUpdate(strict, diff.Desired)
        {
            Checks = pinned is { Count: > 0 }
                ? [.. diff.Desired.Select(n => pinned.TryGetValue(n, out var c) ? c : new StatusCheck(n))]
                : null,
        };
        await client.BranchProtection.UpdateAsync(repository, request.Branch, BranchProtectionUpdate.Preserving(current, update), cancellationToken)
            .ConfigureAwait(false);
        return Planned(ProtectionSyncOutcome.Applied, target, diff, current is null ? " (protection created)" : string.Empty);
    }

    private static ProtectionSyncResult InSync(string target, CheckDiff diff) =>
        new(ProtectionSyncOutcome.AlreadyInSync, target, $"The {target} already requires {List(diff.Desired)}: already in sync.")
        {
            RequiredChecks = diff.Desired,
        };

    private static ProtectionSyncResult Planned(ProtectionSyncOutcome outcome, string target, CheckDiff diff, string note)
    {
        var verb = outcome == ProtectionSyncOutcome.WouldApply ? "Would change" : "Changed";
        var change = diff.IsEmpty ? "strict setting" : diff.Describe();
        return new ProtectionSyncResult(outcome, target, $"{verb} the {target}: {change}{note}.")
        {
            RequiredChecks = diff.Desired,
            Added = diff.Added,
            Removed = diff.Removed,
        };
    }

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "no checks" : string.Join(", ", names);

    private static bool IsPermissionProblem(GitHubApiException e) =>
        !e.BudgetExhausted && (e.StatusCode == HttpStatusCode.Forbidden ||
                               (e.StatusCode == HttpStatusCode.NotFound && (e.IsAdminRequired || e.GitHubMessage is null or "Not Found")));

    private static string MissingPermissionMessage(ProtectionSyncRequest request, string target, GitHubApiException e) =>
        $"Cannot change the {target} of {request.Repository}: it needs admin rights on the repository. A fine-grained token needs the " +
        $"repository permission \"Administration\" set to write ({AdministrationWrite}); a classic token needs the repo scope and a user " +
        "who is a repository admin. GITHUB_TOKEN in Actions cannot be granted it: store such a token (or a GitHub App's) as a secret. " +
        $"GitHub said: {(int?)e.StatusCode} {e.GitHubMessage ?? "(no message)"}.";
}
