using Toolkit.Gates.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>
/// The workflow_run follow-up holds a write token, so it must treat the fork's artifacts as data: no checkout, nothing
/// run from them, and the commit taken from GitHub's event rather than from the artifact.
/// </summary>
public sealed class ForkSafePublishTests
{
    private static readonly YamlNode Workflow = TemplateFiles.Root(TemplateFiles.Publish);

    private static IEnumerable<YamlNode> Steps =>
        Workflow.Get("jobs").Pairs().SelectMany(p => p.Value.Get("steps").Items());

    [Fact]
    public void Runs_after_the_gates_workflow_for_pull_requests_of_forks_and_dependabot_only()
    {
        Assert.Equal(["workflow_run"], Workflow.Get("on").Pairs().Select(p => p.Key.Text()));
        var listened = Workflow.Path("on", "workflow_run", "workflows").Items().Select(w => w.Text()).ToList();
        Assert.Equal([TemplateFiles.Root(TemplateFiles.Gates).Text("name")], listened);

        var condition = Workflow.Path("jobs", "publish", "if").Text() ?? string.Empty;
        Assert.Contains("github.event.workflow_run.event == 'pull_request'", condition, StringComparison.Ordinal);
        Assert.Contains("github.event.workflow_run.head_repository.full_name != github.repository", condition, StringComparison.Ordinal);
        Assert.Contains("github.event.workflow_run.actor.login == 'dependabot[bot]'", condition, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_checks_out_code_and_uses_only_the_download_and_setup_actions()
    {
        var uses = Steps.Select(s => s.Text("uses")).OfType<string>().Select(u => u[..u.IndexOf('@', StringComparison.Ordinal)]).ToList();

        Assert.DoesNotContain(uses, u => u.Contains("checkout", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["actions/download-artifact", "toolkit/toolkit/actions/setup-gate"], uses);
    }

    [Fact]
    public void The_artifacts_land_outside_the_workspace_and_are_only_read_by_gate_publish()
    {
        // Given the download step and the scripts
        var download = Steps.Single(s => s.Text("uses")?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("${{ runner.temp }}/gates", download.Path("with", "path").Text());
        Assert.Equal("${{ github.event.workflow_run.id }}", download.Path("with", "run-id").Text());
        var scripts = Steps.Select(s => s.Get("run")).OfType<YamlScalarNode>().ToList();

        // Then the only command is gate publish, given the folder with --from: nothing from it is executed or sourced
        var commands = scripts.SelectMany(s => s.Value!.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var command = Assert.Single(commands);
        Assert.StartsWith("gate publish --from \"$VERDICTS\" ", command, StringComparison.Ordinal);
        Assert.DoesNotContain(";", command, StringComparison.Ordinal);
        Assert.DoesNotContain("&&", command, StringComparison.Ordinal);
        Assert.DoesNotContain("|", command, StringComparison.Ordinal);
        Assert.DoesNotContain("$(", command, StringComparison.Ordinal);
    }

    [Fact]
    public void The_commit_comes_from_the_event_and_the_token_from_the_job()
    {
        var publish = Steps.Single(s => s.Get("run") is not null);
        var env = publish.Get("env");

        Assert.Contains("--sha \"$HEAD_SHA\"", publish.Text("run"), StringComparison.Ordinal);
        Assert.Equal("${{ github.event.workflow_run.head_sha }}", env.Text("HEAD_SHA"));
        Assert.Equal("${{ runner.temp }}/gates", env.Text("VERDICTS"));
        Assert.Equal("${{ github.token }}", env.Text("GITHUB_TOKEN"));
    }

    [Fact]
    public void Asks_only_for_reading_artifacts_and_writing_checks_and_comments()
    {
        Assert.Empty(Workflow.Get("permissions").Pairs());
        var granted = Workflow.Path("jobs", "publish", "permissions").Pairs().Select(p => $"{p.Key.Text()}={p.Value.Text()}");

        Assert.Equal(["actions=read", "checks=write", "pull-requests=write"], granted.Order(StringComparer.Ordinal));
    }
}
