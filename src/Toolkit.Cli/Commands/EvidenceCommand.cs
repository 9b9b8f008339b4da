using System.CommandLine;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli.Commands;

/// <summary>
/// <c>gate evidence pack</c> and <c>gate evidence verify</c>: the release's signed evidence pack (verdicts, evidence,
/// <c>index.html</c>, a manifest of SHA-256 hashes and its DSSE signature), made and checked without extracting it.
/// </summary>
internal static partial class EvidenceCommand
{
    public static Command Create(CommonOptions common, CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        var evidence = new Command("evidence", "Make or check the signed evidence pack of a release (evidence.zip).");
        evidence.Subcommands.Add(CreatePack(common, console, host, catalog));
        evidence.Subcommands.Add(CreateVerify(console));
        return evidence;
    }
}
