using System.CommandLine;
using Toolkit.Cli.Publishing;
using Toolkit.Core.Events;
using Toolkit.Core.Configuration;
using Toolkit.Core.Reporting;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;

namespace Toolkit.Cli;

/// <summary>
/// Runs gates for a command: loads gates.yml (exit 2 with every problem when it is malformed), runs each gate through
/// <see cref="GateRunner"/>, prints the verdict table, feeds the GitHub Actions runtime, and returns the exit code.
/// </summary>
internal sealed class GateExecution(CliConsole console, RunEnvironment host, GateCatalog catalog, PublishOptions publish)
{
    public async Task<int> RunAsync(ParseResult parse, CommonOptions common, Func<GatesConfig, IReadOnlyList<IGateCommand>> select, CancellationToken cancellationToken)
    {
        if (await CliConfig.LoadAsync(parse, common, console, host, catalog).ConfigureAwait(false) is not var (root, config))
        {
            return ExitCodes.UsageError;
        }

        var gates = select(config);
        if (gates.Count == 0)
        {
            await console.Out.WriteLineAsync(NothingToRun(config)).ConfigureAwait(false);
            return ExitCodes.Passed;
        }

        var formats = parse.GetValue(common.Format) is { Length: > 0 } chosen ? chosen : null;
        var failOn = parse.GetValue(common.FailOn) is { } level ? Parse(level) : config.Settings.FailOn;
        var outDir = Path.GetFullPath(parse.GetValue(common.Out) ?? config.Settings.Output, root);
        if (OutputDirectory.Problem(outDir, host) is { } unwritable)
        {
            await console.Error.WriteLineAsync(unwritable).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var options = new RunOptions(root, outDir)
        {
            EnvironmentName = parse.GetValue(common.Env),
            Formats = formats,
            FailOn = failOn,
            Log = console.Error,
            Host = host,
            Secrets = console.Secrets,
            BaseRef = BaseOf(host),
        };

        var (publishing, note) = GitHubPublishing.Create(
            host, PublishOptions.Modes(parse.GetValue(publish.Publish)), parse.GetValue(publish.Token), parse.GetValue(publish.Budget), null, console.Error);
        using var _ = publishing;
        if (note is not null)
        {
            await console.Error.WriteLineAsync(note).ConfigureAwait(false);
        }

        if (publishing is not null)
        {
            await publishing.StartAsync(gates.Select(g => g.Gate), cancellationToken).ConfigureAwait(false);
        }

        // The same public entry point a Cake Frosting build uses (README: Using the library from a build).
        var session = new GateSession(config, options);
        var runs = new List<GateRun>();
        foreach (var gate in gates)
        {
            runs.Add(await session.RunAsync(gate.Create(parse), cancellationToken).ConfigureAwait(false));
        }

        var verdicts = runs.Select(r => r.Verdict).ToList();
        ConsoleVerdictReport.Write(verdicts, console.Out, ConsoleStyle.Detect(host, console.IsOutputRedirected));
        await console.Out.WriteLineAsync($"Reports: {Relative(root, outDir)}").ConfigureAwait(false);
        var runnerFilesWritten = new GitHubActionsReport(host, console.Out, console.Error).Write(runs, root, outDir, publishing);
        if (publishing is not null)
        {
            await PublishContextFile.WriteAsync(outDir, publishing.Context, cancellationToken).ConfigureAwait(false);
            await publishing.PublishAsync(verdicts, cancellationToken).ConfigureAwait(false);
        }

        // The verdicts are written and published; outputs a later step reads that went nowhere are still an error.
        return runnerFilesWritten ? session.ExitCode(runs) : ExitCodes.UsageError;
    }

    private string NothingToRun(GatesConfig config)
    {
        var available = catalog.Names.ToList();
        var where = config.IsDefault ? $"{GatesConfig.DefaultPath} (not found)" : config.SourcePath;
        return available.Count == 0
            ? $"No gates to run: this version of the toolkit has no gates yet, and {where} configures none."
            : $"No gates to run: {where} configures none. Add a section under 'gates:' for any of: {string.Join(", ", available)}.";
    }

    /// <summary>The commit a pull request (or push) is compared against, from the Actions event; gates' own --base wins.</summary>
    private static string? BaseOf(RunEnvironment host) =>
        host.EventPath is null ? null : GitHubEventReader.Read(host).Context?.BaseSha;

    private static VerdictStatus Parse(string level) => level == "warn" ? VerdictStatus.Warn : VerdictStatus.Fail;

    private static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
