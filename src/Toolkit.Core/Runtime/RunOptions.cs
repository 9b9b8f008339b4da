using Toolkit.Core.Actions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Runtime;

/// <summary>How a gate run is carried out and reported.</summary>
/// <param name="RepositoryRoot">Absolute path of the repository being checked.</param>
/// <param name="OutputDirectory">Absolute directory for verdicts, reports and evidence.</param>
public sealed record RunOptions(string RepositoryRoot, string OutputDirectory)
{
    /// <summary>Overrides the configured environment name (<c>stage</c>, <c>prod</c> ...).</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>Overrides the configured report formats.</summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>Overrides the configured fail-on level.</summary>
    public VerdictStatus? FailOn { get; init; }

    /// <summary>The PR base to compare against, when the gate compares.</summary>
    public string? BaseRef { get; init; }

    /// <summary>Progress and diagnostics for people (the CLI passes stderr); discarded by default.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>The clock for provenance timestamps and waiver expiry; a fake in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Secrets (tokens) masked in every text of the verdict before it is written anywhere.</summary>
    public SecretMasker Secrets { get; init; } = new();

    /// <summary>The process environment (GitHub Actions variables); a fake in tests.</summary>
    public RunEnvironment Host { get; init; } = RunEnvironment.Process;
}
