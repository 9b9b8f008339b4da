using System.CommandLine;
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
            if (!File.Exists(keyPath))
            {
                problems.Add($"error: key '{keyPath}' does not exist.");
            }

            var outDir = parse.GetValue(output) is { } o ? Path.GetFullPath(o, root) : null;
            if (outDir is not null && File.Exists(outDir))
            {
                problems.Add($"error: --out '{outDir}' is a file; pass the directory the .intoto.jsonl files go to.");
            }

            if (!parse.GetValue(force))
            {
                // Never replace a signed attestation silently: it may be the one already published.
                problems.AddRange(artifacts
                    .Select(a => Path.Combine(outDir ?? Path.GetDirectoryName(a)!, Path.GetFileName(a) + Attestations.Extension))
                    .Where(File.Exists)
                    .Select(t => $"error: '{t}' already exists; pass --force to replace it."));
            }

            if (problems.Count > 0)
            {
                await console.Error.WriteLineAsync(string.Join(Environment.NewLine, problems)).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            try
            {
                var inventory = new InventoryLoader(new NuspecLicenses([NuspecLicenses.DefaultFolder])).FromWorkingTree(root);
                var builder = host.Get("GITHUB_WORKFLOW_REF") is { } workflow ? $"{host.ServerUrl}/{workflow}" : "https://toolkit.dev/gate/local";
                var request = new AttestationRequest(artifacts, await File.ReadAllTextAsync(keyPath).ConfigureAwait(false), builder, Attestations.GitHubParameters(host.Get), inventory.Components, DateTimeOffset.UtcNow)
                {
                    InvocationId = host.RunUrl ?? string.Empty,
                };
                foreach (var written in Attestations.Write(request, outDir))
                {
                    await console.Out.WriteLineAsync(written).ConfigureAwait(false);
                }

                return ExitCodes.Passed;
            }
            catch (Exception ex) when (ex is ArgumentException or LockfileException)
            {
                await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
