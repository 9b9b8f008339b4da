using System.CommandLine;
using Toolkit.Core.Runtime;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Sbom;

namespace Toolkit.Cli.Gates;

/// <summary><c>gate sbom</c>: writes the repository's SBOMs (<c>sbom.cdx.json</c>, <c>sbom.spdx.json</c>).</summary>
internal static class SbomCommand
{
    public static Command Create(CliConsole console, RunEnvironment host)
    {
        var format = SupplyChainGateCommand.CreateSbomFormat();
        var output = new Option<string?>("--out", "-o") { Description = "Directory to write the SBOMs to. Default: artifacts/sbom.", HelpName = "dir" };
        var repo = new Option<string?>("--repo") { Description = "Repository root. Default: the current directory.", HelpName = "dir" };
        var command = new Command("sbom", Help.WithExamples(
            "Write SBOMs of every lockfile (.NET, npm, pnpm, yarn, Go, Cargo, Poetry, uv, Pipfile, requirements, Gemfile, Composer, Gradle): CycloneDX 1.6 and SPDX 2.3 JSON.",
            "gate sbom",
            "gate sbom --sbom-format spdx --out dist/sbom"));
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(repo);
        command.SetAction(async (parse, _) =>
        {
            var root = Path.GetFullPath(parse.GetValue(repo) ?? host.Workspace ?? Directory.GetCurrentDirectory());
            var formats = parse.GetValue(format) is { Length: > 0 } chosen ? chosen : [SbomFiles.CycloneDx, SbomFiles.Spdx];
            var directory = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine("artifacts", "sbom"), root);
            DependencyInventory inventory;
            try
            {
                inventory = new InventoryLoader(new NuspecLicenses([NuspecLicenses.DefaultFolder])).FromWorkingTree(root);
            }
            catch (LockfileException ex)
            {
                await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var info = new SbomInfo(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), DateTimeOffset.UtcNow, ToolkitInfo.Version);
            foreach (var file in SbomFiles.Write(inventory, info, formats, directory))
            {
                await console.Out.WriteLineAsync($"{Path.GetRelativePath(root, file)}: {inventory.Components.Count} components from {inventory.Lockfiles.Count} lockfile(s)").ConfigureAwait(false);
            }

            return ExitCodes.Passed;
        });
        return command;
    }
}
