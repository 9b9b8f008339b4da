using Toolkit.Core.Gates;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

public sealed class PolicyActionTests : ActionJob
{
    private const string PrivilegedDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    privileged: true
        """;

    [Fact]
    public async Task A_privileged_manifest_fails_the_step_with_annotations_outputs_a_check_run_and_the_job_summary()
    {
        // Given a checkout without gates.yml (defaults apply) and a manifest with a privileged container
        using var workspace = new TempDirectory();
        workspace.Write("deploy/web.yaml", PrivilegedDeployment);
        using var job = PullRequestJob();
        var step = new ActionStep("policy-ci", job, workspace.Path);

        // When the step runs the action with paths: deploy
        var exit = await step.RunAsync(new Dictionary<string, string> { ["paths"] = "deploy" });

        // Then the step fails and reports everywhere a workflow looks
        Assert.Equal(1, exit);
        ActionAssert.GateReported(step, workspace.Path, GateIds.Policy, "fail");
        Assert.Equal("artifacts/gates/policy-ci.verdict.json", step.Outputs["verdict-file"]);
        Assert.Contains("::error file=deploy/web.yaml,line=", step.Out, StringComparison.Ordinal);
        Assert.Contains("policy/k8s/privileged-container", step.Summary, StringComparison.Ordinal);
        var run = Assert.Single(Server.State.CheckRunsNamed(GateIds.Policy));
        Assert.Equal("failure", (string?)run["conclusion"]);
        Assert.Single(Server.State.CommentsOn(Pull));
    }

    [Fact]
    public async Task A_repository_in_a_subfolder_is_checked_from_working_directory_and_its_own_gates_yml()
    {
        // Given a monorepo whose service has its own gates.yml and a hardened manifest
        using var workspace = new TempDirectory();
        workspace.Write("services/web/.github/gates.yml", "version: 1\nsettings:\n  output: reports/gates\ngates:\n  policy-ci:\n    paths: [deploy]\n");
        workspace.Write("services/web/deploy/web.yaml", KubernetesManifests.HardenedDeployment);
        workspace.Write("services/web/.github/CODEOWNERS", "* @acme/web\n");
        workspace.Write("deploy/broken.yaml", PrivilegedDeployment);
        using var job = PullRequestJob();
        var step = new ActionStep("policy-ci", job, workspace.Path);

        // When the step points working-directory at the service and publishes nothing
        var exit = await step.RunAsync(new Dictionary<string, string> { ["working-directory"] = "services/web", ["publish"] = "none" });

        // Then only the service is checked, with its own output directory, and nothing is posted
        Assert.True(exit == 0, step.Printed);
        var root = Path.Combine(workspace.Path, "services", "web");
        ActionAssert.GateReported(step, root, GateIds.Policy, "pass");
        Assert.Equal("reports/gates/policy-ci.verdict.json", step.Outputs["verdict-file"]);
        Assert.False(Directory.Exists(workspace.Combine("artifacts")));
        Assert.Empty(Server.State.CheckRuns);
        Assert.Empty(Server.State.CommentsOn(Pull));
    }
}
