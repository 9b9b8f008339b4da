using Toolkit.Core.Configuration;
using Toolkit.Core.Decisions;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Runtime;

/// <summary>
/// The stable entry point for running gates from .NET code: a Cake Frosting task, another build program, a test, and
/// the <c>gate</c> CLI itself. It loads <c>.github/gates.yml</c> once and runs gates through <see cref="GateRunner"/>,
/// so waivers, verdicts and reports are exactly what the CLI produces.
/// </summary>
/// <example>
/// <code>
/// var session = GateSession.Open(repositoryRoot);
/// var run = await session.RunAsync(new PolicyGate(), cancellationToken);
/// if (session.Blocks(run)) throw new InvalidOperationException(run.Verdict.Summary);
/// </code>
/// </example>
public sealed class GateSession
{
    private readonly GateRunner runner;

    /// <summary>A session over an already loaded configuration.</summary>
    /// <param name="config">The loaded <c>gates.yml</c> (or <see cref="GatesConfig.Default"/>).</param>
    /// <param name="options">Where the repository is, where reports go, and how the run behaves.</param>
    /// <param name="runner">The runner; a custom one changes the report formats written.</param>
    public GateSession(GatesConfig config, RunOptions options, GateRunner? runner = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        Config = config;
        Options = options;
        this.runner = runner ?? new GateRunner();
    }

    /// <summary>The configuration the gates run with.</summary>
    public GatesConfig Config { get; }

    /// <summary>Repository, output directory and run settings.</summary>
    public RunOptions Options { get; }

    /// <summary>The level at which a verdict blocks: the run's override, else <c>settings.fail_on</c>.</summary>
    public VerdictStatus FailOn => Options.FailOn ?? Config.Settings.FailOn;

    /// <summary>
    /// Loads <c>gates.yml</c> from <paramref name="repositoryRoot"/>. Every problem in the file is returned at once, with
    /// file, line and column; nothing is thrown for bad input.
    /// </summary>
    /// <param name="repositoryRoot">The repository to check.</param>
    /// <param name="configPath">The configuration file, relative to the root; default <c>.github/gates.yml</c>.</param>
    /// <param name="outputDirectory">Where reports go, relative to the root; default <c>settings.output</c>.</param>
    public static ConfigResult<GateSession> Load(string repositoryRoot, string? configPath = null, string? outputDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        var root = Path.GetFullPath(repositoryRoot);
        var loaded = new GatesConfigLoader(GateIds.All).LoadFile(root, configPath);
        if (!loaded.IsValid)
        {
            return ConfigResult<GateSession>.Failed(loaded.Diagnostics);
        }

        var config = loaded.Value!;
        var output = Path.GetFullPath(outputDirectory ?? config.Settings.Output, root);
        return ConfigResult<GateSession>.Ok(new GateSession(config, new RunOptions(root, output)));
    }

    /// <summary>
    /// Like <see cref="Load"/>, for build scripts where a failed task is an exception: throws
    /// <see cref="GatesConfigException"/> listing every problem.
    /// </summary>
    public static GateSession Open(string repositoryRoot, string? configPath = null, string? outputDirectory = null)
    {
        var loaded = Load(repositoryRoot, configPath, outputDirectory);
        return loaded.IsValid ? loaded.Value! : throw new GatesConfigException(loaded.Diagnostics);
    }

    /// <summary>A session with changed run options (environment, base ref, log, formats...).</summary>
    public GateSession With(Func<RunOptions, RunOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new GateSession(Config, change(Options), runner);
    }

    /// <summary>
    /// Runs one gate: evaluate, apply waivers, decide the verdict, write the reports. A gate that cannot evaluate
    /// returns an <c>error</c> verdict; this never throws for bad input.
    /// </summary>
    public Task<GateRun> RunAsync(IGate gate, CancellationToken cancellationToken = default) =>
        runner.RunAsync(gate, Config, Options, cancellationToken);

    /// <summary>Runs the given gates that <c>gates.yml</c> enables, one after another, in the order given.</summary>
    public async Task<IReadOnlyList<GateRun>> RunEnabledAsync(IEnumerable<IGate> gates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gates);
        var enabled = Config.EnabledGates.ToHashSet(StringComparer.Ordinal);
        var runs = new List<GateRun>();
        foreach (var gate in gates.Where(g => enabled.Contains(g.Name)))
        {
            runs.Add(await RunAsync(gate, cancellationToken).ConfigureAwait(false));
        }

        return runs;
    }

    /// <summary>Whether this run's verdict blocks a merge at the session's fail-on level.</summary>
    public bool Blocks(GateRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Verdict.Blocks(FailOn);
    }

    /// <summary>The go/no-go over these verdicts for the gates <c>gates.yml</c> requires (the release contract's rules).</summary>
    public Decision Decide(IEnumerable<GateVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        return DecisionEngine.Decide(verdicts.ToList(), Config.RequiredGates, FailOn);
    }

    /// <summary>The process exit code the CLI would return for these runs: 0 pass, 1 a gate blocks.</summary>
    public int ExitCode(IEnumerable<GateRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return VerdictPolicy.ExitCode(runs.Select(r => r.Verdict).ToList(), FailOn);
    }
}
