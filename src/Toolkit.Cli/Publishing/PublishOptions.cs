using System.CommandLine;
using Toolkit.GitHub.Publishing;

namespace Toolkit.Cli.Publishing;

/// <summary>The options that control posting verdicts to GitHub, shared by the gate commands, decide and publish.</summary>
internal sealed class PublishOptions
{
    public static readonly string[] ModeNames = ["auto", "none", "check", "comment", "status"];

    public Option<string[]> Publish { get; } = CreatePublish();

    public Option<string?> Token { get; } = new("--github-token")
    {
        Description = "Token for the GitHub API. Default: GITHUB_TOKEN. Never printed.",
        HelpName = "token",
    };

    public Option<int?> Budget { get; } = new Option<int?>("--github-budget")
    {
        Description = "Most seconds to spend waiting on GitHub rate limits and retries (each request included). Default: 300.",
        HelpName = "seconds",
    }.AtLeast(0);

    public IEnumerable<Option> All => [Publish, Token, Budget];

    /// <summary>
    /// The modes asked for. <c>auto</c> (the default) means check run and comment when running in GitHub Actions with a
    /// token, nothing otherwise; <c>none</c> turns publishing off.
    /// </summary>
    public static PublishModes? Modes(string[]? values)
    {
        if (values is null || values.Length == 0 || values.Contains("auto"))
        {
            return null;
        }

        var modes = PublishModes.None;
        foreach (var value in values)
        {
            modes |= value switch
            {
                "check" => PublishModes.CheckRun,
                "comment" => PublishModes.Comment,
                "status" => PublishModes.Status,
                _ => PublishModes.None,
            };
        }

        return modes;
    }

    private static Option<string[]> CreatePublish()
    {
        var option = new Option<string[]>("--publish")
        {
            Description = "Where to post the verdict, repeatable: auto (default: check run + PR comment in GitHub Actions), check, comment, status, none.",
            HelpName = "mode",
        };
        option.AcceptOnlyFromAmong(ModeNames);
        return option;
    }
}
