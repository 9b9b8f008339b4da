using System.CommandLine;
using System.Globalization;
using Toolkit.Core.IO;
using Toolkit.Core.Promotion;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli.Commands;

/// <summary>
/// <c>gate promote --plan</c> writes the PROMOTE document (canary steps, required gates, <c>abort_on</c>) from gates.yml
/// and the verdicts; <c>gate promote --check --step N</c> evaluates <c>abort_on</c> against fresh verdicts and, when
/// the step must roll back, writes the ROLLBACK document and exits 1.
/// </summary>
internal static class PromoteCommand
{
    public static Command Create(CommonOptions common, CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        var plan = new Option<bool>("--plan") { Description = "Write promote.json: the canary steps, required gates and abort_on conditions." };
        var check = new Option<bool>("--check") { Description = "Evaluate abort_on against the verdicts; exit 1 with rollback.json when the step must roll back." };
        var step = new Option<int?>("--step") { Description = "The canary traffic percentage being checked (with --check). Default: the first step.", HelpName = "percent" };
        var steps = new Option<string?>("--steps") { Description = "Canary traffic percentages, comma-separated, ascending, ending at 100. Default: 10,50,100.", HelpName = "list" };
        var version = new Option<string?>("--version") { Description = "Release version recorded in the documents.", HelpName = "version" };
        var headroom = new Option<double?>("--headroom-target") { Description = "Performance headroom below which a step rolls back. Default: 0.20.", HelpName = "ratio" };
        var command = new Command("promote", Help.WithExamples(
            "Plan a canary rollout (promote.json) or check a step against fresh verdicts (rollback.json and exit 1 when it must roll back).",
            "gate promote --plan --version v3.0.0",
            "gate promote --check --step 50 --version v3.0.0"));
        foreach (var option in new Option[] { common.Config, common.Out, common.Repo, plan, check, step, steps, version, headroom })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, token) =>
        {
            if (parse.GetValue(plan) == parse.GetValue(check))
            {
                await console.Error.WriteLineAsync("error: give exactly one of --plan and --check.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var (stepList, stepsProblem) = Steps(parse.GetValue(steps));
            var target = parse.GetValue(headroom) ?? Promoter.DefaultHeadroomTarget;
            var problem = stepsProblem
                ?? (target is > 0 and < 1 ? null : "--headroom-target must be between 0 and 1.")
                ?? (parse.GetValue(step) is { } s && !stepList.Contains(s) ? $"--step {s} is not one of the steps ({string.Join(", ", stepList)})." : null);
            if (problem is not null)
            {
                await console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            if (await CliConfig.LoadAsync(parse, common, console, host, catalog).ConfigureAwait(false) is not var (root, config))
            {
                return ExitCodes.UsageError;
            }

            var outDir = Path.GetFullPath(parse.GetValue(common.Out) ?? config.Settings.Output, root);
            var (verdicts, problems) = DecideCommand.ReadVerdicts(outDir);
            if (problems.Count > 0)
            {
                foreach (var p in problems)
                {
                    await console.Error.WriteLineAsync($"error: {p}").ConfigureAwait(false);
                }

                return ExitCodes.UsageError;
            }

            var required = config.RequiredGates;
            if (parse.GetValue(plan))
            {
                var document = Promoter.Plan(verdicts, required, parse.GetValue(version), stepList, target);
                await WriteAsync(Path.Combine(outDir, PromotionJson.PlanFileName), PromotionJson.Serialize(document), token).ConfigureAwait(false);
                await console.Out.WriteLineAsync(document.Ready
                    ? $"Promotion plan: canary {string.Join(" -> ", stepList)}; the first step may start ({PromotionJson.PlanFileName})."
                    : $"Promotion plan: canary {string.Join(" -> ", stepList)}; the first step may not start yet: {string.Join("; ", document.Blocking)}").ConfigureAwait(false);
                return ExitCodes.Passed;
            }

            var result = Promoter.Check(verdicts, required, parse.GetValue(version), parse.GetValue(step) ?? stepList[0], target);
            if (!result.RollBack)
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Step {result.Step}%: every required gate passes and no abort condition holds; promote on.")).ConfigureAwait(false);
                return ExitCodes.Passed;
            }

            await WriteAsync(Path.Combine(outDir, PromotionJson.RollbackFileName), PromotionJson.Serialize(result), token).ConfigureAwait(false);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Step {result.Step}%: ROLL BACK ({result.Reason}):")).ConfigureAwait(false);
            foreach (var breach in result.Breaches)
            {
                await console.Out.WriteLineAsync($"  {breach.Key}: {breach.Condition}: {breach.Detail}").ConfigureAwait(false);
            }

            return ExitCodes.Failed;
        });
        return command;
    }

    private static (IReadOnlyList<int> Steps, string? Problem) Steps(string? text)
    {
        if (text is null)
        {
            return (Promoter.DefaultSteps, null);
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var steps = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 100)
            {
                return ([], $"--steps '{text}': '{part}' is not a percentage from 1 to 100.");
            }

            steps.Add(value);
        }

        return steps.Count == 0 || steps[^1] != 100 || !steps.Zip(steps.Skip(1)).All(p => p.First < p.Second)
            ? ([], $"--steps '{text}' must ascend and end at 100, e.g. 10,50,100.")
            : (steps, null);
    }

    private static async Task WriteAsync(string path, string text, CancellationToken token)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await AtomicFile.WriteTextAsync(path, text, token).ConfigureAwait(false);
    }
}
