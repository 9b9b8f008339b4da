using System.Text.Json.Serialization;

namespace Toolkit.Cli.Publishing;

/// <summary>
/// Where verdicts belong on GitHub: repository, head commit and pull request. Written next to the verdicts as
/// <c>publish-context.json</c> so a <c>workflow_run</c> follow-up can post a fork's verdicts with a write token.
/// </summary>
internal sealed record PublishContext(string Owner, string Repo, string HeadSha)
{
    public const string FileName = "publish-context.json";

    public int? PullNumber { get; init; }

    public string? DetailsUrl { get; init; }

    [JsonIgnore]
    public string Repository => $"{Owner}/{Repo}";
}
