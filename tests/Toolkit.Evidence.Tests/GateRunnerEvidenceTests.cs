using System.Security.Cryptography;
using Toolkit.Core.Configuration;
using Toolkit.Evidence;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Evidence.Tests.Fixtures;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests;

/// <summary>The pack takes what the gate runner really writes: provenance without a repository or commit, reports, evidence.</summary>
public sealed class GateRunnerEvidenceTests
{
    [Fact]
    public async Task The_output_of_a_real_gate_run_packs_and_verifies()
    {
        // Given a gate run outside Actions (no repository, commit or run URL in the provenance) that writes evidence
        using var repo = new TempDirectory();
        using var output = new TempDirectory();
        var gate = new ScriptedGate(GateIds.Policy, context =>
        {
            var file = Path.Combine(context.EvidenceDirectory, "alert-hygiene.json");
            File.WriteAllText(file, "{\"sev1_with_owner\":1.0}");
            return new GateOutcome("1 file checked") { Evidence = [new EvidenceItem("policy-ci/alert-hygiene.json", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))))] };
        });
        await new GateRunner().RunAsync(gate, GatesConfig.Default, new RunOptions(repo.Path, output.Path) { Host = RunEnvironment.From(new Dictionary<string, string>()) }, CancellationToken.None);
        var (privatePem, publicPem) = Keys.P256();

        // When it is packed and verified
        using var zip = new MemoryStream();
        var result = EvidencePack.Create(new EvidencePackRequest("v0.1.0", output.Path, privatePem, new CommitRange(null, "abc1234")), zip);
        zip.Position = 0;

        // Then it verifies, with the verdict, its reports and its evidence in place
        Assert.True(result.Created, string.Join("\n", result.Problems));
        var verification = EvidencePackVerifier.Verify(zip, publicPem);
        Assert.True(verification.Verified, string.Join("\n", verification.Problems));
        Assert.Contains(verification.Manifest!.Artifacts, a => a.Path == "verdicts/policy-ci.json");
        Assert.Contains(verification.Manifest.Artifacts, a => a.Path == "alerts/hygiene.json");
        Assert.Contains(verification.Manifest.Artifacts, a => a.Path == "policy-ci.sarif");
    }
}
