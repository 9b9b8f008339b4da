using System.CommandLine;
using Toolkit.Cli.Publishing;
using Toolkit.Core.Decisions;
using Toolkit.Core.IO;
using Toolkit.Core.Json;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.GitHub;

namespace Toolkit.Cli.Commands;

/// <summary>
/// <c>gate publish --from DIR</c>: posts verdicts written earlier (by a fork's run with a read-only token) from a
/// <c>workflow_run</c> follow-up that has a write token. Never runs the fork's code; only reads its verdict files,
/// and refuses a context whose commit is not the pull request's current head.
/// </summary>
internal static class PublishCommand
{
    public static Command Create(CommonOptions common, PublishOptions publish, CliConsole console, RunEnvironment host)
    {
        var from = new Option<string>("--from")
        {
            Description = "Directory holding the verdict files and publish-context.json (a downloaded gates artifact).",
            HelpName = "dir",
            Required = true,
        };
        var repository = new Option<string?>("--repository") { Description = "owner/name. Default: publish-context.json, else GITHUB_REPOSITORY.", HelpName = "owner/name" };
        var pr = new Option<int?>("--pr") { Description = "Pull request number. Default: publish-context.json.", HelpName = "number" };
        var sha = new Option<string?>("--sha") { Description = "Head commit the verdicts are for. Default: publish-context.json.", HelpName = "sha" };
        var command = new Command("publish", Help.WithExamples(
            "Post verdict files to GitHub (check runs, sticky comments, statuses): the workflow_run follow-up for fork pull requests.",
            "gate publish --from artifacts/gates",
            "gate publish --from gates --repository acme/shop --pr 42 --sha 0123abc... --publish check --publish comment"));
        foreach (var option in new Option[] { from, repository, pr, sha }.Concat(publish.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, token) =>
        {
            var directory = Path.GetFullPath(parse.GetValue(from)!);
            var verdicts = await ReadVerdictsAsync(directory, console, token).ConfigureAwait(false);
            if (verdicts is null)
            {
                return ExitCodes.UsageError;
            }

            var (saved, error) = PublishContextFile.Read(directory);
            if (error is not null)
            {
                await console.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var context = Merge(saved, parse.GetValue(repository) ?? host.Repository, parse.GetValue(pr), parse.GetValue(sha), host);
            if (context is null)
            {
                await console.Error.WriteLineAsync("error: no repository and head commit to publish to: pass --repository and --sha (and --pr), or use a directory with publish-context.json.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            // The context may come from a fork's artifact: everything that becomes part of an API path is checked.
            var (checkedContext, problem) = PublishTarget.Check(context, explicitSha: parse.GetValue(sha) is not null);
            if (checkedContext is null)
            {
                await console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            context = checkedContext;

            var modes = PublishOptions.Modes(parse.GetValue(publish.Publish)) ?? GitHub.Publishing.PublishModes.Default;
            var (publishing, note) = GitHubPublishing.Create(host, modes, parse.GetValue(publish.Token), parse.GetValue(publish.Budget), context, console.Error);
            if (publishing is null)
            {
                await console.Error.WriteLineAsync($"error: {note ?? "publishing is turned off (--publish none)."}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            using (publishing)
            {
                if (!await HeadMatchesAsync(publishing, console, token).ConfigureAwait(false))
                {
                    return ExitCodes.Failed;
                }

                await publishing.PublishAsync(verdicts, token).ConfigureAwait(false);
                var decision = Path.Combine(directory, DecisionMarkdown.FileName);
                if (File.Exists(decision))
                {
                    var (markdown, unreadable) = UserFiles.ReadText(decision, decision);
                    if (markdown is null)
                    {
                        await console.Error.WriteLineAsync($"error: {unreadable}").ConfigureAwait(false);
                        return ExitCodes.UsageError;
                    }

                    await publishing.PublishDecisionAsync(markdown, token).ConfigureAwait(false);
                }

                if (publishing.Posted == 0 && publishing.Failures > 0)
                {
                    await console.Error.WriteLineAsync($"error: nothing was published: all {publishing.Failures} posts to GitHub failed (see the warnings above).").ConfigureAwait(false);
                    return ExitCodes.Failed;
                }

                return publishing.ReadOnly ? ExitCodes.Failed : ExitCodes.Passed;
            }
        });
        return command;
    }

    private static PublishContext? Merge(PublishContext? saved, string? repository, int? pr, string? sha, RunEnvironment host)
    {
        var (owner, repo) = repository is not null && GitHubRepository.TryParse(repository, out var parsed)
            ? (parsed.Owner, parsed.Name)
            : (saved?.Owner, saved?.Repo);
        var head = sha ?? saved?.HeadSha;
        return owner is null || repo is null || head is null
            ? null
            : new PublishContext(owner, repo, head) { PullNumber = pr ?? saved?.PullNumber, DetailsUrl = saved?.DetailsUrl ?? host.RunUrl };
    }

    /// <summary>An artifact from a fork is untrusted: post only to a pull request whose head is the commit it names.</summary>
    private static async Task<bool> HeadMatchesAsync(GitHubPublishing publishing, CliConsole console, CancellationToken token)
    {
        var context = publishing.Context;
        if (context.PullNumber is not { } number)
        {
            return true;
        }

        try
        {
            var pull = await publishing.Client.Pulls.GetAsync(new GitHubRepository(context.Owner, context.Repo), number, token).ConfigureAwait(false);
            if (string.Equals(pull.Head.Sha, context.HeadSha, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            await console.Error.WriteLineAsync($"error: pull request #{number} is at {pull.Head.Sha}, but the verdicts are for {context.HeadSha}; refusing to post stale or mismatched verdicts.").ConfigureAwait(false);
        }
        catch (GitHubApiException e)
        {
            await console.Error.WriteLineAsync($"error: cannot read pull request #{number}: {e.Message}").ConfigureAwait(false);
        }

        return false;
    }

    private static async Task<List<GateVerdict>?> ReadVerdictsAsync(string directory, CliConsole console, CancellationToken token)
    {
        if (!Directory.Exists(directory))
        {
            await console.Error.WriteLineAsync($"error: {directory} does not exist; pass the directory of the downloaded gates artifact to --from.").ConfigureAwait(false);
            return null;
        }

        var verdicts = new List<GateVerdict>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.verdict.json").Order(StringComparer.Ordinal))
        {
            var (text, unreadable) = UserFiles.ReadText(file, file);
            var (verdict, error) = text is null ? (null, null) : VerdictJson.Parse(text);
            if (verdict is null)
            {
                await console.Error.WriteLineAsync($"error: {unreadable?.ToString() ?? $"{file}: {error}"}").ConfigureAwait(false);
                return null;
            }

            verdicts.Add(verdict);
        }

        if (verdicts.Count == 0)
        {
            await console.Error.WriteLineAsync($"error: {directory} holds no *.verdict.json files.").ConfigureAwait(false);
            return null;
        }

        return verdicts;
    }
}
