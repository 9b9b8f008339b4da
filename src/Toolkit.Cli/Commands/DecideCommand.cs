using System.CommandLine;
using System.Text;
using Toolkit.Cli.Publishing;
using Toolkit.Core.Actions;
using Toolkit.Core.Configuration;
using Toolkit.Core.Decisions;
using Toolkit.Core.Gates;
using Toolkit.Core.IO;
using Toolkit.Core.Json;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;

namespace Toolkit.Cli.Commands;

/// <summary>
/// <c>gate decide</c>: reads the verdict files and computes go/no-go. A required gate without a verdict, or with
/// <c>error</c>, is a no-go; so is an unreadable verdict file (fail closed). With <c>--evidence</c>, the signed
/// evidence pack must verify (and hold these very verdicts): <c>evidence_signed</c> says it did; without it,
/// <c>evidence_signed</c> is false and does not block.
/// </summary>
internal static class DecideCommand
{
    public static Command Create(CommonOptions common, PublishOptions publish, CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        var require = new Option<string[]>("--require")
        {
            Description = "Gate that must pass, repeatable. Default: settings.required, else every gate enabled in gates.yml.",
            HelpName = "gate",
        };
        require.AcceptOnlyFromAmong([.. GateIds.All]);
        var version = new Option<string?>("--version")
        {
            Description = "Release version recorded in decision.json (e.g. v3.0.0).",
            HelpName = "version",
        };
        var evidence = new Option<string?>("--evidence")
        {
            Description = "Signed evidence pack of the release (gate evidence pack); it must verify with --key and hold these verdicts, else no-go. Sets evidence_signed.",
            HelpName = "zip",
        };
        var key = new Option<string?>("--key") { Description = "Public key (PEM) the evidence pack must be signed with.", HelpName = "pem" };
        var command = new Command("decide", Help.WithExamples(
            "Aggregate the verdict files in the output directory into one go/no-go (decision.json, decision.md). Exit 1 on no-go.",
            "gate decide",
            "gate decide --out artifacts/gates --require supply-chain --require policy-ci",
            "gate decide --version v3.0.0",
            "gate decide --version v3.0.0 --evidence artifacts/release/v3.0.0/evidence.zip --key release.pub"));
        foreach (var option in new Option[] { common.Config, common.Out, common.FailOn, common.Repo, require, version, evidence, key }.Concat(publish.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, token) =>
        {
            if (await CliConfig.LoadAsync(parse, common, console, host, catalog).ConfigureAwait(false) is not var (root, config))
            {
                return ExitCodes.UsageError;
            }

            var outDir = Path.GetFullPath(parse.GetValue(common.Out) ?? config.Settings.Output, root);
            var (verdicts, problems) = ReadVerdicts(outDir);
            DecisionEvidence? packed = null;
            if (parse.GetValue(evidence) is not null || parse.GetValue(key) is not null)
            {
                if (parse.GetValue(evidence) is not { } pack || parse.GetValue(key) is not { } keyPath)
                {
                    await console.Error.WriteLineAsync("error: --evidence and --key go together: the pack, and the public key it must be signed with.").ConfigureAwait(false);
                    return ExitCodes.UsageError;
                }

                var (pem, keyError) = EvidenceKey.Read(Path.GetFullPath(keyPath, root), forSigning: false);
                if (pem is null)
                {
                    await console.Error.WriteLineAsync($"error: {keyError}").ConfigureAwait(false);
                    return ExitCodes.UsageError;
                }

                packed = DecisionEvidence.Check(Path.GetFullPath(pack, root), pem, parse.GetValue(version), outDir);
                problems.AddRange(packed.Problems);
            }

            var required = parse.GetValue(require) is { Length: > 0 } explicitGates ? explicitGates : config.RequiredGates;
            var failOn = parse.GetValue(common.FailOn) == "warn" ? VerdictStatus.Warn : config.Settings.FailOn;
            if (required.Count == 0 && verdicts.Count == 0 && problems.Count == 0)
            {
                // Nothing was checked, so nothing may be promoted: an empty decision is an input error, never a go.
                await console.Error.WriteLineAsync($"error: nothing to decide: no gate is required and {outDir} holds no verdicts, so no gate was checked. Configure gates in .github/gates.yml, pass --require, or point --out at the gates' verdicts.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var decision = DecisionEngine.Decide(verdicts, required, failOn, problems) with
            {
                Version = parse.GetValue(version),
                EvidenceSigned = packed?.Signed ?? false,
                EvidenceNote = packed?.Note,
            };
            if (OutputDirectory.Problem(outDir, host) is { } unwritable)
            {
                await console.Error.WriteLineAsync(unwritable).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            await AtomicFile.WriteTextAsync(Path.Combine(outDir, DecisionJson.FileName), DecisionJson.Serialize(decision), token).ConfigureAwait(false);
            var markdown = DecisionMarkdown.Render(decision);
            await AtomicFile.WriteTextAsync(Path.Combine(outDir, DecisionMarkdown.FileName), markdown, token).ConfigureAwait(false);
            DecisionConsole.Write(decision, console.Out);
            var writes = new RunnerFileWrites(console.Error);
            writes.Summary(() => new StepSummary(host).Append(markdown, Path.Combine(outDir, DecisionMarkdown.FileName)));
            DecisionOutputs.Write(host, decision, root, outDir, writes);
            var (publishing, note) = GitHubPublishing.Create(host, PublishOptions.Modes(parse.GetValue(publish.Publish)), parse.GetValue(publish.Token), parse.GetValue(publish.Budget), null, console.Error);
            using (publishing)
            {
                if (note is not null)
                {
                    await console.Error.WriteLineAsync(note).ConfigureAwait(false);
                }

                if (publishing is not null)
                {
                    await publishing.PublishDecisionAsync(markdown, token).ConfigureAwait(false);
                }
            }

            return writes.Failed ? ExitCodes.UsageError : decision.Go ? ExitCodes.Passed : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>
    /// Every verdict file, each checked against the verdict schema: an unreadable or invalid file, a file named for
    /// another gate, or two files for one gate is a problem (no-go) naming the files.
    /// </summary>
    internal static (List<GateVerdict> Verdicts, List<string> Problems) ReadVerdicts(string directory)
    {
        var verdicts = new List<GateVerdict>();
        var problems = new List<string>();
        if (!Directory.Exists(directory))
        {
            return (verdicts, problems);
        }

        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.verdict.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var (text, unreadable) = UserFiles.ReadText(file, name);
            var (verdict, error) = text is null ? (null, null) : VerdictJson.Parse(text);
            if (verdict is null)
            {
                problems.Add(unreadable?.ToString() ?? $"{name}: {error}");
                continue;
            }

            if (name != VerdictJson.FileName(verdict.Gate))
            {
                problems.Add($"{name}: holds the verdict of '{verdict.Gate}'; a verdict file is named {VerdictJson.FileName(verdict.Gate)}.");
            }

            if (files.TryAdd(verdict.Gate, [name]))
            {
                verdicts.Add(verdict);
            }
            else
            {
                // Reported below with both names; the worst of them is shown.
                files[verdict.Gate].Add(name);
                var index = verdicts.FindIndex(v => v.Gate == verdict.Gate);
                if (verdict.Verdict > verdicts[index].Verdict)
                {
                    verdicts[index] = verdict;
                }
            }
        }

        problems.AddRange(files.Where(f => f.Value.Count > 1)
            .Select(f => $"{string.Join(" and ", f.Value)}: two verdicts for gate '{f.Key}'; keep only the one of this run."));
        return (verdicts, problems);
    }
}
