using System.CommandLine;
using Toolkit.Core.IO;
using Toolkit.Core.Runtime;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Provenance;

namespace Toolkit.Cli.Gates;

/// <summary>
/// <c>gate attest &lt;files&gt; --key KEY</c>: signs an in-toto/SLSA provenance statement per artifact as a DSSE envelope
/// (<c>&lt;file&gt;.intoto.jsonl</c>), verifiable with <c>cosign verify-blob-attestation --key</c>.
/// </summary>
internal static class AttestCommand
{
    public static Command Create(CliConsole console, RunEnvironment host)
    {
        var files = new Argument<string[]>("files") { Description = "Artifacts to attest.", Arity = ArgumentArity.OneOrMore };
        var key = new Option<string>("--key") { Description = "ECDSA P-256 private key (PEM) to sign with.", HelpName = "pem", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Directory for the .intoto.jsonl files. Default: beside each artifact.", HelpName = "dir" }.NotBlank();
        var force = new Option<bool>("--force") { Description = "Replace existing .intoto.jsonl files. Default: an existing attestation is refused." };
        var repo = new Option<string?>("--repo") { Description = "Repository whose lockfiles are the resolved dependencies. Default: the current directory.", HelpName = "dir" };
        var command = new Command("attest", Help.WithExamples(
            "Write signed SLSA provenance (in-toto Statement v1 in a DSSE envelope) for artifacts.",
            "gate attest dist/app.tgz --key release.pem",
            "cosign verify-blob-attestation --key release.pub --signature dist/app.tgz.intoto.jsonl --type slsaprovenance1 dist/app.tgz"));
        command.Arguments.Add(files);
        command.Options.Add(key);
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(repo);
        command.SetAction(async (parse, _) =>
        {
            var root = Path.GetFullPath(parse.GetValue(repo) ?? host.Workspace ?? Directory.GetCurrentDirectory());
            var artifacts = parse.GetValue(files)!.Select(f => Path.GetFullPath(f, root)).ToList();
            var keyPath = Path.GetFullPath(parse.GetValue(key)!, root);
            var problems = artifacts.Where(a => !File.Exists(a)).Select(a => $"error: artifact '{a}' does not exist.").ToList();
            if (!File.Exists(keyPath) && !Directory.Exists(keyPath))
            {
                problems.Add($"error: key '{keyPath}' does not exist.");
            }

            var outDir = parse.GetValue(output) is { Length: > 0 } o ? Path.GetFullPath(o, root) : null;
            problems.AddRange(OutputProblems(parse.GetValue(output), outDir, artifacts, parse.GetValue(force)));
            if (problems.Count > 0)
            {
                await console.Error.WriteLineAsync(string.Join(Environment.NewLine, problems)).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            try
            {
                var inventory = new InventoryLoader(new NuspecLicenses([NuspecLicenses.DefaultFolder])).FromWorkingTree(root);
                var builder = host.Get("GITHUB_WORKFLOW_REF") is { } workflow ? $"{host.ServerUrl}/{workflow}" : "https://toolkit.dev/gate/local";
                var request = new AttestationRequest(artifacts, UserFiles.ReadLooseTextOrThrow(keyPath, keyPath), builder, Attestations.GitHubParameters(host.Get), inventory.Components, DateTimeOffset.UtcNow)
                {
                    InvocationId = host.RunUrl ?? string.Empty,
                };
                foreach (var written in Attestations.Write(request, outDir))
                {
                    await console.Out.WriteLineAsync(written).ConfigureAwait(false);
                }

                return ExitCodes.Passed;
            }
            catch (Exception ex) when (ex is ArgumentException or LockfileException or IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    /// <summary>An <c>--out</c> that is not a directory, and attestations that exist and would be replaced silently.</summary>
    private static IEnumerable<string> OutputProblems(string? given, string? outDir, List<string> artifacts, bool overwrite)
    {
        if (given is { Length: 0 })
        {
            yield return "error: --out is empty; pass the directory for the .intoto.jsonl files, or leave it out to write them beside each artifact.";
            yield break;
        }

        if (outDir is not null && File.Exists(outDir))
        {
            yield return $"error: --out '{given}' is a file; --out takes the directory the .intoto.jsonl files are written to.";
            yield break;
        }

        foreach (var existing in artifacts.Select(a => Attestations.PathFor(a, outDir)).Where(File.Exists))
        {
            if (!overwrite)
            {
                yield return $"error: '{existing}' already exists; pass --force to replace it, or --out another directory.";
            }
        }
    }
}
