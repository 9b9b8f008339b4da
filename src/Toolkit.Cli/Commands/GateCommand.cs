using System.CommandLine;
using Toolkit.Cli.Publishing;

namespace Toolkit.Cli.Commands;

/// <summary><c>gate &lt;gate&gt;</c>: one gate, with its own options on top of the shared ones.</summary>
internal static class GateCommand
{
    public static Command Create(IGateCommand gate, CommonOptions common, PublishOptions publish, GateExecution execution)
    {
        var command = new Command(gate.CommandName, Help.WithExamples(gate.Description, [.. gate.Examples]));
        foreach (var option in common.All.Concat(publish.All).Concat(gate.Options))
        {
            command.Options.Add(option);
        }

        foreach (var argument in gate.Arguments)
        {
            command.Arguments.Add(argument);
        }

        command.SetAction((parse, token) => execution.RunAsync(parse, common, _ => [gate], token));
        return command;
    }
}
