namespace Toolkit.Core.Gates;

/// <summary>
/// A gate: evaluates one concern of a change and returns its outcome as data. Waivers, fail-open, provenance and
/// reporting are applied around it by <see cref="Runtime.GateRunner"/>, so a gate only says what it found.
/// </summary>
public interface IGate
{
    /// <summary>The required-check name, one of <see cref="GateIds"/>.</summary>
    string Name { get; }

    /// <summary>One line for help and tables.</summary>
    string Description { get; }

    /// <summary>
    /// Evaluates the gate. Bad input is returned as <see cref="GateOutcome.CouldNotEvaluate"/>, never thrown.
    /// </summary>
    Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken);
}
