using System.Text.Json.Serialization;
using Toolkit.GitHub.Branches;
using Toolkit.GitHub.Checks;
using Toolkit.GitHub.DependencyGraph;
using Toolkit.GitHub.Issues;
using Toolkit.GitHub.Pulls;
using Toolkit.GitHub.Rulesets;
using Toolkit.GitHub.Statuses;
using Toolkit.GitHub.Users;

namespace Toolkit.GitHub.Http;

/// <summary>Source-generated JSON for every wire type: snake_case, nulls left out unless a property says otherwise.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(GitHubErrorBody))]
[JsonSerializable(typeof(NewCheckRun))]
[JsonSerializable(typeof(CheckRunUpdate))]
[JsonSerializable(typeof(CheckRun))]
[JsonSerializable(typeof(CheckRunList))]
[JsonSerializable(typeof(NewCommitStatus))]
[JsonSerializable(typeof(CommitStatus))]
[JsonSerializable(typeof(IssueComment))]
[JsonSerializable(typeof(List<IssueComment>))]
[JsonSerializable(typeof(IssueCommentBody))]
[JsonSerializable(typeof(GitHubUser))]
[JsonSerializable(typeof(PullRequest))]
[JsonSerializable(typeof(List<PullRequestFile>))]
[JsonSerializable(typeof(BranchProtection))]
[JsonSerializable(typeof(BranchProtectionUpdate))]
[JsonSerializable(typeof(RequiredStatusChecks))]
[JsonSerializable(typeof(Ruleset))]
[JsonSerializable(typeof(List<Ruleset>))]
[JsonSerializable(typeof(RulesetRequest))]
[JsonSerializable(typeof(RequiredStatusChecksParameters))]
[JsonSerializable(typeof(RulesetConditions))]
[JsonSerializable(typeof(List<System.Text.Json.JsonElement>))]
internal sealed partial class GitHubJsonContext : JsonSerializerContext;
