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
        var output = new Option<string?>("--out", "-o") { Description = "Directory to write the SBOMs to, or a .json file when one --sbom-format is chosen. Default: artifacts/sbom.", HelpName = "dir|file" };
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
            var given = parse.GetValue(output);
            if (OutputProblem(given, given is { Length: > 0 } g ? Path.GetFullPath(g, root) : null, formats) is { } problem)
            {
                await console.Error.WriteLineAsync(problem).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var target = Path.GetFullPath(given ?? Path.Combine("artifacts", "sbom"), root);
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
            IReadOnlyList<string> files;
            try
            {
                files = IsFile(target)
                    ? [SbomFiles.WriteFile(inventory, info, formats[0], target)]
                    : SbomFiles.Write(inventory, info, formats, target);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"error: cannot write the SBOM to '{target}': {ex.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            foreach (var file in files)
            {
                await console.Out.WriteLineAsync($"{Path.GetRelativePath(root, file)}: {inventory.Components.Count} components from {inventory.Lockfiles.Count} lockfile(s)").ConfigureAwait(false);
            }

            return ExitCodes.Passed;
        });
        return command;
    }

    /// <summary>An existing file, or a path ending in <c>.json</c>: the user means one SBOM file, not a directory.</summary>
    private static bool IsFile(string path) => File.Exists(path) || (!Directory.Exists(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    private static string? OutputProblem(string? given, string? path, string[] formats)
    {
        if (given is { Length: 0 })
        {
            return "error: --out is empty; pass a directory (or a .json file with one --sbom-format), or leave it out for artifacts/sbom.";
        }

        if (path is null || !IsFile(path))
        {
            return null;
        }

        if (formats.Length != 1)
        {
            return $"error: --out '{given}' is a file, but {formats.Length} formats are asked for; pass a directory, or one --sbom-format (cyclonedx or spdx) to write that file.";
        }

        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"error: --out '{given}' is an existing file that is not .json; pass a directory, or a .json file with one --sbom-format.";
    }
}
