using System.CommandLine;
using Toolkit.Evidence;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli.Commands;

/// <summary><c>gate evidence verify</c>.</summary>
internal static partial class EvidenceCommand
{
    private static Command CreateVerify(CliConsole console)
    {
        var pack = new Argument<string>("pack") { Description = "The evidence pack (evidence.zip)." };
        var key = new Option<string>("--key") { Description = "The public key (PEM) the pack must be signed with.", HelpName = "pem", Required = true };
        var command = new Command("verify", Help.WithExamples(
            "Check an evidence pack without extracting it: the signature verifies with the key, every entry matches the signed manifest (nothing changed, added or removed), and no entry is unsafe (../, absolute paths, links, duplicates, zip bombs). Exit 0 verified, 1 not, 2 unusable input.",
            "gate evidence verify evidence.zip --key release.pub",
            "gate evidence verify artifacts/release/v3.0.0/evidence.zip --key release.pub"));
        command.Arguments.Add(pack);
        command.Options.Add(key);
        command.SetAction(async (parse, token) =>
        {
            var path = Path.GetFullPath(parse.GetValue(pack)!);
            var (pem, keyError) = EvidenceKey.Read(Path.GetFullPath(parse.GetValue(key)!), forSigning: false);
            if (pem is null)
            {
                return await UsageAsync(console, keyError!).ConfigureAwait(false);
            }

            var verification = EvidencePackVerifier.Verify(path, pem);
            var name = Path.GetFileName(path);
            switch (verification.Status)
            {
                case EvidenceVerificationStatus.Verified:
                    var manifest = verification.Manifest!;
                    await console.Out.WriteLineAsync($"{name} verifies: release {manifest.Version}, commits {manifest.CommitRange}, {manifest.Artifacts.Count} files, signed by {manifest.SignedBy} (key {verification.KeyFingerprint}).").ConfigureAwait(false);
                    return ExitCodes.Passed;
                case EvidenceVerificationStatus.Failed:
                    await console.Out.WriteLineAsync($"{name} does NOT verify with key {verification.KeyFingerprint} ({verification.Problems.Count} problem{(verification.Problems.Count == 1 ? string.Empty : "s")}):").ConfigureAwait(false);
                    foreach (var problem in verification.Problems)
                    {
                        await console.Out.WriteLineAsync($"  {problem}").ConfigureAwait(false);
                    }

                    return ExitCodes.Failed;
                default:
                    return await UsageAsync(console, $"{name}: {string.Join("; ", verification.Problems)}").ConfigureAwait(false);
            }
        });
        return command;
    }
}
