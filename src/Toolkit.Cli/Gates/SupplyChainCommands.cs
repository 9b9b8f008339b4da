using System.CommandLine;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli.Gates;

/// <summary>The supply-chain gate's extra commands: <c>gate sbom</c>, <c>gate attest</c> and <c>gate osv update</c>.</summary>
internal static class SupplyChainCommands
{
    public static void AddTo(RootCommand root, CliConsole console, RunEnvironment host)
    {
        root.Subcommands.Add(SbomCommand.Create(console, host));
        root.Subcommands.Add(AttestCommand.Create(console, host));
        root.Subcommands.Add(OsvCommand.Create(console, host));
    }
}
