using Toolkit.Gates.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>protect.yml keeps branch protection in sync with gates.yml, with an admin token kept in a secret.</summary>
public sealed class ProtectWorkflowTests
{
    private static readonly YamlNode Workflow = TemplateFiles.Root(TemplateFiles.Protect);

    [Fact]
    public void Runs_on_a_schedule_when_gates_yml_changes_and_by_hand()
    {
        Assert.NotEmpty(Workflow.Path("on", "schedule").Items());
        Assert.Equal([".github/gates.yml"], Workflow.Path("on", "push", "paths").Items().Select(p => p.Text()));
        Assert.Equal("true", Workflow.Path("on", "workflow_dispatch", "inputs", "dry-run", "default").Text());
    }

    [Fact]
    public void The_protect_action_gets_the_admin_secret_and_the_job_token_stays_read_only()
    {
        var job = Workflow.Path("jobs", "protect")!;
        var protect = job.Get("steps").Items().Single(s => ReusableWorkflowTests.Action(s) == "protect");

        Assert.Equal("${{ secrets.GATES_ADMIN_TOKEN }}", protect.Path("with", "github-token").Text());
        Assert.Equal(["contents=read"], job.Get("permissions").Pairs().Select(p => $"{p.Key.Text()}={p.Value.Text()}"));
    }
}
