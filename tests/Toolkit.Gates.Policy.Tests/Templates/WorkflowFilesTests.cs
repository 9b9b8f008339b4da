using Toolkit.Gates.Policy.Rules;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>Every workflow template and every workflow of this repository is a valid, pinned GitHub workflow.</summary>
public sealed class WorkflowFilesTests
{
    public static TheoryData<string> Workflows => [.. TemplateFiles.Workflows()];

    [Fact]
    public void The_templates_folder_holds_the_three_starter_workflows_and_the_reusable_workflow_is_callable()
    {
        Assert.Equal([TemplateFiles.Publish, TemplateFiles.Gates, TemplateFiles.Protect], TemplateFiles.Templates());
        // Reusable workflows are callable only from .github/workflows of the repository that holds them.
        Assert.Contains(TemplateFiles.Reusable, TemplateFiles.Workflows());
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Is_a_valid_github_workflow(string path)
    {
        // Given the file / When it is validated
        var problems = WorkflowValidator.Validate(TemplateFiles.Load(path));

        // Then GitHub would accept it and every action is pinned
        Assert.True(problems.Count == 0, $"{path}:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task Policy_ci_finds_nothing_in_the_templates_or_the_repositorys_workflows()
    {
        // Given the workflow rules / When policy-ci checks the templates and .github/workflows
        var outcome = await PolicyRun.EvaluateAsync(Toolkit.Testing.RepositoryPaths.Root, new PolicyOptions
        {
            Paths = [TemplateFiles.TemplatesFolder, ".github/workflows"],
            Packs = [PolicyPacks.Workflows],
        });

        // Then every file is a workflow and none has a finding
        Assert.False(outcome.IsError, outcome.Findings.Describe());
        Assert.True(outcome.Findings.Count == 0, outcome.Findings.Describe());
        Assert.Equal(TemplateFiles.Workflows().Count, outcome.Metrics["workflows"]);
    }
}
