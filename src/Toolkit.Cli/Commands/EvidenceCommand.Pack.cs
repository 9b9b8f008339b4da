using System.CommandLine;
using System.Text;
using Toolkit.Evidence;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli.Commands;

/// <summary><c>gate evidence pack</c>.</summary>
internal static partial class EvidenceCommand
{
    private static Command CreatePack(CommonOptions common, CliConsole console, RunEnvironment host, GateCatalog catalog)
    {
        var version = new Option<string>("--version") { Description = "Release version (e.g. v3.0.0).", HelpName = "version", Required = true };
        var from = new Option<string?>("--from") { Description = "Directory with the verdicts and evidence. Default: settings.output, else artifacts/gates.", HelpName = "dir" };
        var key = new Option<string>("--key") { Description = "ECDSA P-256 private key (PEM) to sign the manifest with; the one gate attest uses.", HelpName = "pem", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "The pack to write. Default: artifacts/release/<version>/evidence.zip. Its SHA-256 goes to <out>.sha256.", HelpName = "file" }.NotBlank();
        var force = new Option<bool>("--force") { Description = "Replace an existing pack at --out. Default: an existing file is refused." };
        var range = new Option<string?>("--commit-range") { Description = "from..to. Default: the previous tag (git describe --tags --abbrev=0 HEAD^) .. GITHUB_SHA or HEAD, else the verdicts' base and commit.", HelpName = "from..to" };
        var signedBy = new Option<string?>("--signed-by") { Description = "Signer identity for signed_by. Default: the key's fingerprint, SHA256:<base64>.", HelpName = "identity" };
        var command = new Command("pack", Help.WithExamples(
            "Pack every verdict and evidence file into a signed evidence.zip: manifest.json (path, sha256 and size of each file), its DSSE signature manifest.dsse.json, and index.html for auditors. Exit 2 when the input is unusable.",
            "gate evidence pack --version v3.0.0 --key release.pem",
            "gate evidence pack --version v3.0.0 --from artifacts/gates --key release.pem --out evidence.zip",
            "gate evidence pack --version v3.0.0 --key release.pem --commit-range v2.9.0..HEAD --signed-by release-bot@acme"));
        foreach (var option in new Option[] { version, from, key, output, force, range, signedBy, common.Config, common.Repo })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, token) =>
        {
            if (await CliConfig.LoadAsync(parse, common, console, host, catalog).ConfigureAwait(false) is not var (root, config))
            {
                return ExitCodes.UsageError;
            }

            var release = parse.GetValue(version)!;
            if (EvidencePack.VersionProblem(release) is { } bad)
            {
                return await UsageAsync(console, bad).ConfigureAwait(false);
            }

            var (pem, keyError) = EvidenceKey.Read(Path.GetFullPath(parse.GetValue(key)!, root), forSigning: true);
            if (pem is null)
            {
                return await UsageAsync(console, keyError!).ConfigureAwait(false);
            }

            var source = Path.GetFullPath(parse.GetValue(from) ?? config.Settings.Output, root);
            var (commits, rangeError) = CommitRangeResolver.Resolve(parse.GetValue(range), host.Sha, root, source);
            if (commits is null)
            {
                return await UsageAsync(console, rangeError!).ConfigureAwait(false);
            }

            var target = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine("artifacts", "release", release, EvidencePack.DefaultFileName), root);
            if (Directory.Exists(target))
            {
                return await UsageAsync(console, $"--out {target} is a directory; name the .zip file to write.").ConfigureAwait(false);
            }

            if (!parse.GetValue(force) && (File.Exists(target) || File.Exists(target + EvidencePack.SidecarSuffix)))
            {
                return await UsageAsync(console, $"--out {target} already exists; pass --force to replace it, or choose another file.").ConfigureAwait(false);
            }

            var request = new EvidencePackRequest(release, source, pem, commits)
            {
                SignedBy = parse.GetValue(signedBy),
                Exclude = [target, target + EvidencePack.SidecarSuffix],
            };
            return await WritePackAsync(request, target, root, console, token).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Writes beside the target and moves into place, so a failed run leaves neither half a pack nor empty folders.</summary>
    private static async Task<int> WritePackAsync(EvidencePackRequest request, string target, string root, CliConsole console, CancellationToken token)
    {
        var created = new List<string>();
        for (var folder = Path.GetDirectoryName(target); folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            created.Add(folder);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        request = request with { Exclude = [.. request.Exclude, temporary] }; // --out may be inside --from.
        EvidencePackResult? result = null;
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                result = EvidencePack.Create(request, stream);
            }

            if (result.Created)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"error: could not write {target}: {ex.Message}").ConfigureAwait(false);
            result = null;
        }

        if (result is not { Created: true })
        {
            foreach (var problem in result?.Problems ?? [])
            {
                await console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("No evidence pack was written.").ConfigureAwait(false);
            File.Delete(temporary);
            foreach (var folder in created.Where(f => !Directory.EnumerateFileSystemEntries(f).Any()))
            {
                Directory.Delete(folder);
            }

            return ExitCodes.UsageError;
        }

        var sidecar = target + EvidencePack.SidecarSuffix;
        await Core.IO.AtomicFile.WriteTextAsync(sidecar, $"{result.Sha256}  {Path.GetFileName(target)}\n", token).ConfigureAwait(false);
        var manifest = result.Manifest!;
        var verdicts = manifest.Artifacts.Count(a => a.Name == "verdict");
        await console.Out.WriteLineAsync($"Evidence pack written: {Display(root, target)}").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"  release {manifest.Version}, commits {manifest.CommitRange}").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"  {manifest.Artifacts.Count} files ({verdicts} verdict{(verdicts == 1 ? string.Empty : "s")}), signed by {manifest.SignedBy}").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"  sha256 {result.Sha256} ({Display(root, sidecar)})").ConfigureAwait(false);
        return ExitCodes.Passed;
    }

    /// <summary>Relative to the repository when inside it, else the full path.</summary>
    private static string Display(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static async Task<int> UsageAsync(CliConsole console, string message)
    {
        await console.Error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return ExitCodes.UsageError;
    }
}
