using System.CommandLine;
using Toolkit.Cli.Publishing;
using Toolkit.Core.Configuration;
using Toolkit.Core.Runtime;
using Toolkit.GitHub;
using Toolkit.GitHub.Protection;

namespace Toolkit.Cli.Commands;

/// <summary>
/// <c>gate protect</c>: branch protection as code. Makes the branch's required status checks match the gates
/// gates.yml requires, preserving every other protection setting, or records them in a repository ruleset.
/// </summary>
internal static class ProtectCommand
{
    public static Command Create(CommonOptions common, PublishOptions publish, CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        var branch = new Option<string>("--branch") { Description = "The branch to protect.", HelpName = "name", DefaultValueFactory = _ => "main" }.NotBlank();
        var ruleset = new Option<string?>("--ruleset") { Description = "Record the required checks in this repository ruleset (created when missing) instead of branch protection.", HelpName = "name" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only print the difference." };
        var removeUnlisted = new Option<bool>("--remove-unlisted") { Description = "Also remove required checks that are not toolkit gates. Default: checks of other tools stay." };
        var repository = new Option<string?>("--repository") { Description = "owner/name. Default: GITHUB_REPOSITORY.", HelpName = "owner/name" };
        var command = new Command("protect", Help.WithExamples(
            "Make the branch's required status checks match the gates required in .github/gates.yml. Needs an admin token (administration: write).",
            "gate protect --branch main --dry-run",
            "gate protect --branch main",
            "gate protect --branch main --ruleset gates"));
        foreach (var option in new Option[] { branch, ruleset, dryRun, removeUnlisted, repository, common.Config, common.Repo, common.Out, publish.Token, publish.Budget })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, token) =>
        {
            if (await CliConfig.LoadAsync(parse, common, console, host, catalog).ConfigureAwait(false) is not var (root, config))
            {
                return ExitCodes.UsageError;
            }

            if (!GitHubRepository.TryParse(parse.GetValue(repository) ?? host.Repository, out var repo))
            {
                await console.Error.WriteLineAsync("error: which repository? Pass --repository owner/name (or set GITHUB_REPOSITORY).").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var secret = parse.GetValue(publish.Token) ?? host["GITHUB_TOKEN"];
            if (secret is null)
            {
                await console.Error.WriteLineAsync("error: no token. Set GITHUB_TOKEN or pass --github-token with a token that has administration: write on the repository.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var required = config.RequiredGates;
            using var client = new GitHubClient(GitHubClientOptions.FromEnvironment(host, secret) with
            {
                TotalRetryBudget = TimeSpan.FromSeconds(parse.GetValue(publish.Budget) ?? 300),
            });
            ProtectionSyncResult result;
            try
            {
                result = await new BranchProtectionSync(client).SyncAsync(new ProtectionSyncRequest(repo.Owner, repo.Name, parse.GetValue(branch)!, required)
                {
                    RulesetName = parse.GetValue(ruleset),
                    DryRun = parse.GetValue(dryRun),
                    RemoveUnlisted = parse.GetValue(removeUnlisted),
                }, token).ConfigureAwait(false);
            }
            catch (GitHubApiException e)
            {
                await console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failed;
            }

            await WriteAsync(console.Out, result).ConfigureAwait(false);
            var outDir = Path.GetFullPath(parse.GetValue(common.Out) ?? config.Settings.Output, root);
            if (OutputDirectory.Problem(outDir, host) is { } unwritable)
            {
                await console.Error.WriteLineAsync(unwritable).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var file = Path.Combine(outDir, ProtectionReport.FileName);
            await Core.IO.AtomicFile.WriteTextAsync(file, ProtectionReport.Json(result), token).ConfigureAwait(false);
            if (!ProtectionReport.Write(host, result, Path.GetRelativePath(root, file).Replace('\\', '/'), console.Error))
            {
                return ExitCodes.UsageError;
            }

            return result.Outcome == ProtectionSyncOutcome.MissingPermission ? ExitCodes.Failed : ExitCodes.Passed;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, ProtectionSyncResult result)
    {
        await output.WriteLineAsync($"Required checks of {result.Target}:").ConfigureAwait(false);
        foreach (var added in result.Added)
        {
            await output.WriteLineAsync($"+ {added}").ConfigureAwait(false);
        }

        foreach (var removed in result.Removed)
        {
            await output.WriteLineAsync($"- {removed}").ConfigureAwait(false);
        }

        foreach (var kept in result.RequiredChecks.Except(result.Added, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"  {kept}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(result.Message).ConfigureAwait(false);
    }
}
