using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.IO;
using Toolkit.Core.Reporting;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;

namespace Toolkit.Core.Runtime;

/// <summary>
/// Runs one gate the same way for every gate: evaluate, apply waivers, decide, stamp provenance, write reports.
/// A gate that throws is reported as <c>error</c> (never as pass), with the message and not the stack trace.
/// </summary>
public sealed class GateRunner
{
    private readonly ReporterSet reporters;

    /// <param name="reporters">The report formats available; null for every built-in one (<see cref="ReporterSet.Default"/>).</param>
    public GateRunner(ReporterSet? reporters = null) => this.reporters = reporters ?? ReporterSet.Default;

    /// <summary>
    /// Runs <paramref name="gate"/> with <paramref name="config"/> and writes its reports to
    /// <see cref="RunOptions.OutputDirectory"/>. Never throws for a failing gate: a crash or cancellation becomes an
    /// <c>error</c> verdict, and the reports are written even when cancelled.
    /// </summary>
    public async Task<GateRun> RunAsync(IGate gate, GatesConfig config, RunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        var started = options.Clock.GetUtcNow();
        var environment = options.EnvironmentName ?? config.Settings.Environment;
        var settings = config.Settings with { Environment = environment };
        var evidenceDirectory = Path.Combine(options.OutputDirectory, gate.Name);
        Directory.CreateDirectory(evidenceDirectory);
        var context = new GateContext(options.RepositoryRoot, config with { Settings = settings }, evidenceDirectory, options.Log)
        {
            Clock = options.Clock,
            BaseRef = options.BaseRef,
            Section = config.SectionFor(gate.Name),
        };

        var outcome = await EvaluateSafelyAsync(gate, context, options.Log, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(options.Clock.GetUtcNow().UtcDateTime);
        var waivers = WaiverEngine.Apply(outcome.Findings, config.WaiversFor(gate.Name), today);
        var status = VerdictPolicy.Decide(outcome.IsError, waivers.Remaining, outcome.Thresholds);
        var verdict = new GateVerdict(gate.Name, status, Summarize(outcome, waivers))
        {
            Environment = environment,
            Metrics = new SortedDictionary<string, double>(
                outcome.Metrics.Where(m => double.IsFinite(m.Value)).ToDictionary(m => m.Key, m => m.Value),
                StringComparer.Ordinal),
            // JSON has no NaN or Infinity: a value that is not a number is reported as absent.
            Thresholds = outcome.Thresholds.Select(t => t.Actual is { } a && !double.IsFinite(a) ? t with { Actual = null } : t).ToList(),
            Findings = Order(waivers.Remaining),
            Waived = waivers.Waived,
            Evidence = outcome.Evidence,
            Details = outcome.Details,
            FailOpen = status == VerdictStatus.Error && config.IsFailOpen(gate.Name),
            Provenance = new Provenance(
                ToolkitInfo.Version,
                options.Host.Repository,
                options.Host.Sha,
                options.BaseRef,
                environment,
                started,
                options.Clock.GetUtcNow())
            {
                RunUrl = options.Host.RunUrl,
            },
        };

        verdict = VerdictMasking.Mask(verdict, options.Secrets);
        var formats = options.Formats ?? config.Settings.Formats;
        // Written even when cancelled: a stopped run must leave an error verdict behind, not nothing.
        var files = await reporters.WriteAsync(verdict, options.OutputDirectory, formats, CancellationToken.None).ConfigureAwait(false);
        return new GateRun(verdict, files);
    }

    private static async Task<GateOutcome> EvaluateSafelyAsync(IGate gate, GateContext context, TextWriter log, CancellationToken cancellationToken)
    {
        try
        {
            return await gate.EvaluateAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return GateOutcome.CouldNotEvaluate($"{gate.Name} was cancelled before it finished; nothing was checked.");
        }
        catch (UserFileException ex)
        {
            return GateOutcome.CouldNotEvaluate($"{gate.Name}: {ex.Problem}");
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or FileNotFoundException or DirectoryNotFoundException)
        {
            // An input the user pointed at that cannot be read is the user's to fix, not a toolkit bug.
            return GateOutcome.CouldNotEvaluate($"{gate.Name}: {UserFiles.Describe(ex)} ({ex.Message})");
        }
#pragma warning disable CA1031 // A crashing gate must still produce a failing verdict, never an unhandled pass.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await log.WriteLineAsync($"{gate.Name}: internal error: {ex}").ConfigureAwait(false);
            return GateOutcome.CouldNotEvaluate($"{gate.Name} stopped on an internal error ({ex.GetType().Name}: {ex.Message}). This is a toolkit bug; please report it with the log.");
        }
    }

    private static string Summarize(GateOutcome outcome, WaiverResult waivers)
    {
        var expired = waivers.Remaining.Count(f => f.RuleId == WaiverRules.Expired);
        var unused = waivers.Remaining.Count(f => f.RuleId == WaiverRules.Unused);
        var parts = new List<string> { outcome.Summary };
        if (waivers.Waived.Count > 0)
        {
            parts.Add($"{waivers.Waived.Count} waived");
        }

        if (expired > 0)
        {
            parts.Add($"{expired} expired waiver{(expired == 1 ? string.Empty : "s")}");
        }

        if (unused > 0)
        {
            parts.Add($"{unused} unused waiver{(unused == 1 ? string.Empty : "s")}");
        }

        return string.Join("; ", parts);
    }

    /// <summary>Errors first, then by file and line, so the first lines of every report are the ones that matter.</summary>
    private static List<Finding> Order(IReadOnlyList<Finding> findings) =>
        findings
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Location?.Path ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(f => f.Location?.Line ?? 0)
            .ThenBy(f => f.Location?.Column ?? 0)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
}
