using Toolkit.Core.Gates;
using Toolkit.Gates.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>The reusable workflow runs the five gates in parallel and always decides over all of them.</summary>
public sealed class ReusableWorkflowTests
{
    private static readonly YamlNode Workflow = TemplateFiles.Root(TemplateFiles.Reusable);

    private static YamlNode Jobs => Workflow.Get("jobs")!;

    [Fact]
    public void Each_gate_runs_in_its_own_job_named_after_it_through_its_container_action()
    {
        // Given the jobs that run a gate action
        var gateJobs = GateJobs().ToList();

        // Then there is one per gate id, named after it, each uploading its verdicts as gates-<gate> even when it failed
        Assert.Equal(GateIds.All.Order(StringComparer.Ordinal), gateJobs.Select(j => j.Gate).Order(StringComparer.Ordinal));
        foreach (var (id, gate, job) in gateJobs)
        {
            Assert.Equal(gate, id);
            Assert.Null(job.Get("needs"));
            var upload = Assert.Single(Steps(job), s => s.Text("uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
            Assert.Equal($"gates-{gate}", upload.Path("with", "name").Text());
            Assert.Equal("always()", upload.Text("if"));
        }
    }

    [Fact]
    public void Decide_needs_every_gate_job_runs_always_and_reads_every_gates_artifact()
    {
        var decide = Jobs.Get("decide");

        Assert.Equal(GateIds.All.Order(StringComparer.Ordinal), decide.Get("needs").Items().Select(n => n.Text()!).Order(StringComparer.Ordinal));
        Assert.Equal("always()", decide.Text("if"));
        var download = Assert.Single(Steps(decide), s => s.Text("uses")?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("gates-*", download.Path("with", "pattern").Text());
        Assert.True(download.Path("with", "merge-multiple").IsTrue());
        Assert.Single(Steps(decide), s => Action(s) == "decide");
    }

    [Fact]
    public void Callers_choose_the_gates_and_the_required_ones_and_read_the_decision()
    {
        var call = Workflow.Path("on", "workflow_call")!;

        // The gate jobs are switched by a substring test, sound only because no gate id contains another.
        Assert.DoesNotContain(GateIds.All, a => GateIds.All.Any(b => a != b && b.Contains(a, StringComparison.Ordinal)));
        // dr-freshness is a release gate: it runs when a release workflow asks for it, not on every pull request.
        Assert.Equal(GateIds.All.Where(g => g != GateIds.Dr).Order(StringComparer.Ordinal), call.Path("inputs", "gates", "default").Text()!.Split(',').Order(StringComparer.Ordinal));
        foreach (var (_, gate, job) in GateJobs())
        {
            Assert.Equal($"contains(inputs.gates, '{gate}')", job.Text("if"));
        }

        Assert.Equal("${{ inputs.require }}", Steps(Jobs.Get("decide")).Single(s => Action(s) == "decide").Path("with", "require").Text());
        Assert.Equal("${{ jobs.decide.outputs.decision }}", call.Path("outputs", "decision", "value").Text());
        Assert.Equal("${{ jobs.decide.outputs.go }}", call.Path("outputs", "go", "value").Text());
    }

    [Fact]
    public void Permissions_are_least_privilege_per_job()
    {
        // Nothing at the top; jobs ask only for reading the code, check runs and comments (no statuses, no contents write)
        Assert.IsType<YamlMappingNode>(Workflow.Get("permissions"));
        Assert.Empty(Workflow.Get("permissions").Pairs());
        var allowed = new HashSet<string>(["contents=read", "checks=write", "pull-requests=write"], StringComparer.Ordinal);
        foreach (var (key, job) in Jobs.Pairs())
        {
            var granted = Permissions(job);
            Assert.True(granted.IsSubsetOf(allowed), $"{key}: {string.Join(", ", granted)}");
        }

        Assert.Equal(["contents=read", "pull-requests=write"], Permissions(Jobs.Get("decide")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_starter_workflow_grants_what_the_reusable_workflows_jobs_ask_for()
    {
        // GitHub refuses a call whose caller job grants less than a called job asks for.
        var caller = TemplateFiles.Root(TemplateFiles.Gates).Path("jobs", "gates")!;
        Assert.StartsWith("toolkit/toolkit/" + TemplateFiles.Reusable + "@", caller.Text("uses"), StringComparison.Ordinal);
        var granted = Permissions(caller);
        var asked = Jobs.Pairs().SelectMany(p => Permissions(p.Value)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(asked.Order(StringComparer.Ordinal), granted.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(string Id, string Gate, YamlNode Job)> GateJobs() =>
        from pair in Jobs.Pairs()
        from step in Steps(pair.Value)
        let action = Action(step)
        where action is not null && action != "decide"
        select (pair.Key.Text()!, action!, pair.Value);

    private static IEnumerable<YamlNode> Steps(YamlNode? job) => job.Get("steps").Items();

    /// <summary>The toolkit action a step uses (toolkit/toolkit/actions/&lt;name&gt;@sha), else null.</summary>
    internal static string? Action(YamlNode step) =>
        step.Text("uses") is { } uses && uses.StartsWith("toolkit/toolkit/actions/", StringComparison.Ordinal)
            ? uses["toolkit/toolkit/actions/".Length..uses.IndexOf('@', StringComparison.Ordinal)]
            : null;

    private static HashSet<string> Permissions(YamlNode job) =>
        job.Get("permissions").Pairs().Select(p => $"{p.Key.Text()}={p.Value.Text()}").ToHashSet(StringComparer.Ordinal);
}
