using System.Text.Json;
using Toolkit.Core.Runtime;

namespace Toolkit.Core.Events;

/// <summary>Maps an event payload to a <see cref="GitHubEventContext"/>, per event, reading only what it finds.</summary>
internal static class GitHubEventPayload
{
    public const string DependabotLogin = "dependabot[bot]";

    private const string ZeroSha = "0000000000000000000000000000000000000000";

    public static GitHubEventContext ToContext(string eventName, JsonElement payload, RunEnvironment env)
    {
        var common = Common(eventName, payload, env);
        return eventName switch
        {
            GitHubEventNames.PullRequest or GitHubEventNames.PullRequestTarget => PullRequest(common, payload),
            GitHubEventNames.Push => Push(common, payload, env),
            GitHubEventNames.MergeGroup => common with
            {
                HeadSha = JsonPaths.String(payload, "merge_group", "head_sha") ?? env.Sha,
                BaseSha = JsonPaths.String(payload, "merge_group", "base_sha"),
                HeadRef = JsonPaths.String(payload, "merge_group", "head_ref"),
                BaseRef = BranchName(JsonPaths.String(payload, "merge_group", "base_ref")),
            },
            GitHubEventNames.WorkflowDispatch => common with { HeadRef = JsonPaths.String(payload, "ref") ?? env.Get("GITHUB_REF") },
            _ => common,
        };
    }

    private static GitHubEventContext Common(string eventName, JsonElement payload, RunEnvironment env)
    {
        var (owner, repo) = SplitFullName(JsonPaths.String(payload, "repository", "full_name") ?? env.Repository);
        var actor = env.Get("GITHUB_ACTOR") ?? JsonPaths.String(payload, "sender", "login");
        return new GitHubEventContext(eventName)
        {
            Owner = owner ?? JsonPaths.String(payload, "repository", "owner", "login"),
            Repo = repo ?? JsonPaths.String(payload, "repository", "name"),
            HeadSha = env.Sha,
            HeadRef = env.Get("GITHUB_HEAD_REF") ?? env.Get("GITHUB_REF"),
            BaseRef = env.Get("GITHUB_BASE_REF"),
            Actor = actor,
            DefaultBranch = JsonPaths.String(payload, "repository", "default_branch"),
            IsDependabot = IsDependabot(env.Get("GITHUB_ACTOR")) || IsDependabot(JsonPaths.String(payload, "sender", "login")),
        };
    }

    private static GitHubEventContext PullRequest(GitHubEventContext common, JsonElement payload) => common with
    {
        HeadSha = JsonPaths.String(payload, "pull_request", "head", "sha") ?? common.HeadSha,
        BaseSha = JsonPaths.String(payload, "pull_request", "base", "sha"),
        HeadRef = JsonPaths.String(payload, "pull_request", "head", "ref") ?? common.HeadRef,
        BaseRef = JsonPaths.String(payload, "pull_request", "base", "ref") ?? common.BaseRef,
        PullNumber = JsonPaths.Int(payload, "pull_request", "number") ?? JsonPaths.Int(payload, "number"),
        PullTitle = JsonPaths.String(payload, "pull_request", "title"),
        IsFork = IsFork(payload),
        IsDependabot = common.IsDependabot || IsDependabot(JsonPaths.String(payload, "pull_request", "user", "login")),
    };

    private static GitHubEventContext Push(GitHubEventContext common, JsonElement payload, RunEnvironment env)
    {
        // A deleted ref pushes "after" as zeros and a new ref "before" as zeros: neither is a commit.
        var after = NonZero(JsonPaths.String(payload, "after"));
        return common with
        {
            HeadSha = after ?? env.Sha,
            BaseSha = NonZero(JsonPaths.String(payload, "before")),
            HeadRef = JsonPaths.String(payload, "ref") ?? common.HeadRef,
            BaseRef = BranchName(JsonPaths.String(payload, "base_ref")) ?? common.BaseRef,
        };
    }

    private static bool IsFork(JsonElement payload)
    {
        if (JsonPaths.Get(payload, "pull_request", "head") is not { ValueKind: JsonValueKind.Object } head)
        {
            return false;
        }

        if (JsonPaths.IsNullOrMissing(head, "repo"))
        {
            return true; // The head repository was deleted: only a fork can disappear under an open PR.
        }

        var headName = JsonPaths.String(head, "repo", "full_name");
        var baseName = JsonPaths.String(payload, "pull_request", "base", "repo", "full_name");
        if (headName is not null && baseName is not null)
        {
            return !string.Equals(headName, baseName, StringComparison.OrdinalIgnoreCase);
        }

        var headOwner = JsonPaths.String(head, "repo", "owner", "login");
        var baseOwner = JsonPaths.String(payload, "pull_request", "base", "repo", "owner", "login");
        return JsonPaths.Bool(head, "repo", "fork") == true
            && !string.Equals(headOwner, baseOwner, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDependabot(string? login) => string.Equals(login, DependabotLogin, StringComparison.OrdinalIgnoreCase);

    private static string? NonZero(string? sha) => sha is null || sha == ZeroSha ? null : sha;

    private static string? BranchName(string? reference) =>
        reference is not null && reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference["refs/heads/".Length..] : reference;

    private static (string? Owner, string? Repo) SplitFullName(string? fullName)
    {
        var slash = fullName?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return slash > 0 && slash < fullName!.Length - 1 ? (fullName[..slash], fullName[(slash + 1)..]) : (null, null);
    }
}
