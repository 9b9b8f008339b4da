using Toolkit.Core.Configuration;

namespace Toolkit.Core.Gates;

/// <summary>Everything a gate needs to evaluate, handed to it by the runner.</summary>
/// <param name="RepositoryRoot">Absolute path of the repository being checked.</param>
/// <param name="Config">The loaded <c>.github/gates.yml</c> (defaults when the file is absent).</param>
/// <param name="EvidenceDirectory">Absolute directory for this gate's evidence files (created by the runner).</param>
/// <param name="Log">Progress and diagnostics for people; never the verdict itself.</param>
public sealed record GateContext(
    string RepositoryRoot,
    GatesConfig Config,
    string EvidenceDirectory,
    TextWriter Log)
{
    /// <summary>The environment the verdict is for (<c>settings.environment</c>, or the run's override).</summary>
    public string Environment => Config.Settings.Environment;

    /// <summary>The clock to read time from (waiver expiry, durations); a fake in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The commit the change is compared against (PR base), when known.</summary>
    public string? BaseRef { get; init; }

    /// <summary>This gate's section of gates.yml, or null when the gate has none.</summary>
    public GateSection? Section { get; init; }
}
