using Toolkit.Core.Gates;

namespace Toolkit.Testing;

/// <summary>A gate double that returns a scripted outcome (or throws), and remembers the context it was given.</summary>
public sealed class ScriptedGate(string name, Func<GateContext, GateOutcome> evaluate) : IGate
{
    public string Name => name;

    public string Description => $"Scripted {name} gate for tests.";

    public GateContext? LastContext { get; private set; }

    public Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        LastContext = context;
        return Task.FromResult(evaluate(context));
    }
}
