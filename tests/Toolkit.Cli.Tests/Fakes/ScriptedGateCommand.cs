using System.CommandLine;
using Toolkit.Cli;
using Toolkit.Core.Gates;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Fakes;

/// <summary>Puts a <see cref="ScriptedGate"/> on the command line the way a real gate would be.</summary>
internal sealed class ScriptedGateCommand(string gate, Func<GateContext, GateOutcome> evaluate) : IGateCommand
{
    public string Gate => gate;

    public string CommandName => gate;

    public string Description => $"Scripted {gate}.";

    public IReadOnlyList<string> Examples => [$"gate {gate}"];

    public IReadOnlyList<Option> Options => [];

    public IGate Create(ParseResult? parseResult) => new ScriptedGate(gate, evaluate);
}
