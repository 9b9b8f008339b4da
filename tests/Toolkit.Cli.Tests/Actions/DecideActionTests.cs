using Toolkit.Evidence;
using Toolkit.Core.Gates;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

public sealed class DecideActionTests : ActionJob
{
    /// <summary>A workspace where the policy-ci action already ran and passed, as in an earlier step of the job.</summary>
    private static async Task<TempDirectory> AfterPolicyPassedAsync(Testing.GitHub.ActionsEnvironment job)
    {
        var workspace = new TempDirectory();
        workspace.Write(".github/CODEOWNERS", "* @octo/maintainers\n");
        workspace.Write("docs/readme.md", "# app\n");
        var exit = await new ActionStep("policy-ci", job, workspace.Path).RunAsync(new Dictionary<string, string> { ["publish"] = "none" });
        Assert.Equal(0, exit);
        return workspace;
    }

    [Fact]
    public async Task After_the_gate_steps_a_required_gate_that_passed_is_a_go_with_outputs_summary_and_one_combined_comment()
    {
        using var job = PullRequestJob();
        using var workspace = await AfterPolicyPassedAsync(job);
        var step = new ActionStep("decide", job, workspace.Path);

        var exit = await step.RunAsync(new Dictionary<string, string> { ["require"] = "policy-ci", ["version"] = "v1.2.0" });

        Assert.Equal(0, exit);
        Assert.Equal("go", step.Outputs["decision"]);
        Assert.Equal("pass", step.Outputs["verdict"]);
        Assert.Equal("GO", step.Outputs["summary"]);
        Assert.Equal("artifacts/gates/decision.json", step.Outputs["verdict-file"]);
        Assert.Contains("\"version\": \"v1.2.0\"", File.ReadAllText(workspace.Combine("artifacts", "gates", "decision.json")), StringComparison.Ordinal);
        Assert.Contains("## ✅ Go", step.Summary, StringComparison.Ordinal);
        var comment = Assert.Single(Server.State.CommentsOn(Pull));
        Assert.StartsWith("<!-- toolkit:gate=decision -->", (string?)comment["body"], StringComparison.Ordinal);
        ActionAssert.TokenNeverAppears(step, workspace.Combine("artifacts", "gates"));
    }

    [Fact]
    public async Task A_required_gate_without_a_verdict_is_a_no_go_that_fails_the_step()
    {
        using var job = PullRequestJob();
        using var workspace = await AfterPolicyPassedAsync(job);
        var step = new ActionStep("decide", job, workspace.Path);

        // require as a newline list, the way a YAML block scalar passes it
        var exit = await step.RunAsync(new Dictionary<string, string> { ["require"] = $"{GateIds.Policy}\n{GateIds.SupplyChain}\n", ["publish"] = "none" });

        Assert.Equal(1, exit);
        Assert.Equal("no-go", step.Outputs["decision"]);
        Assert.Equal("fail", step.Outputs["verdict"]);
        Assert.Equal("NO-GO (blocked by supply-chain)", step.Outputs["summary"]);
        Assert.Contains("## ❌ No-go", step.Summary, StringComparison.Ordinal);
        Assert.Empty(Server.State.CommentsOn(Pull));
    }

    [Fact]
    public async Task With_the_signed_evidence_pack_the_decision_records_evidence_signed_and_a_tampered_pack_is_a_no_go()
    {
        using var job = PullRequestJob();
        using var workspace = await AfterPolicyPassedAsync(job);
        var (privatePem, publicPem) = Keys.P256();
        workspace.Write("release.pub", publicPem);
        Directory.CreateDirectory(workspace.Combine("release"));
        using (var zip = File.Create(workspace.Combine("release", "evidence.zip")))
        {
            EvidencePack.Create(new EvidencePackRequest("v1.2.0", workspace.Combine("artifacts", "gates"), privatePem, new CommitRange(null, "4f2c9a1e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a")), zip);
        }

        var inputs = new Dictionary<string, string>
        {
            ["require"] = "policy-ci",
            ["version"] = "v1.2.0",
            ["evidence"] = "release/evidence.zip",
            ["evidence-key"] = "release.pub",
            ["publish"] = "none",
        };
        var signed = new ActionStep("decide", job, workspace.Path);

        Assert.Equal(0, await signed.RunAsync(inputs));
        Assert.Contains("\"evidence_signed\": true", File.ReadAllText(workspace.Combine("artifacts", "gates", "decision.json")), StringComparison.Ordinal);

        var bytes = File.ReadAllBytes(workspace.Combine("release", "evidence.zip"));
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(workspace.Combine("release", "evidence.zip"), bytes);
        var tampered = new ActionStep("decide", job, workspace.Path);

        Assert.Equal(1, await tampered.RunAsync(inputs));
        Assert.Equal("no-go", tampered.Outputs["decision"]);
        Assert.Contains("\"evidence_signed\": false", File.ReadAllText(workspace.Combine("artifacts", "gates", "decision.json")), StringComparison.Ordinal);
    }
}
