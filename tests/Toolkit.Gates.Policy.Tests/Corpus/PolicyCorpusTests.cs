using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Policy.Tests.Corpus;

/// <summary>policy-ci over real projects: the reviewed findings, no more and no fewer, and none on zizmor's own workflows.</summary>
public sealed class PolicyCorpusTests
{
    public static TheoryData<string> Projects() => [.. PolicyCorpus.Projects()];

    [Fact]
    public void The_corpus_has_the_22_workflow_projects_and_an_expectations_file_for_every_project()
    {
        var workflows = Directory.EnumerateDirectories(Path.Combine(PolicyCorpus.Root, "workflows")).Count();
        var files = Directory.EnumerateFiles(PolicyCorpus.ExpectationsDirectory, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(22, workflows);
        Assert.Equal(PolicyCorpus.Projects(), files);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Each_project_has_exactly_its_reviewed_findings(string project)
    {
        var actual = await PolicyCorpus.DescribeAsync(project);
        var path = PolicyCorpus.ExpectationPath(project);
        if (Environment.GetEnvironmentVariable(PolicyCorpus.UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        var expected = File.Exists(path) ? await File.ReadAllTextAsync(path) : string.Empty;
        var added = actual.Split('\n').Except(expected.Split('\n')).ToList();
        var lost = expected.Split('\n').Except(actual.Split('\n')).ToList();
        Assert.True(added.Count == 0 && lost.Count == 0,
            $"{project}: the corpus outcome changed; review it and rerun with {PolicyCorpus.UpdateVariable}=1.\nnew:\n  {string.Join("\n  ", added)}\nlost:\n  {string.Join("\n  ", lost)}");
    }

    [Fact]
    public async Task Zizmors_own_workflows_have_no_findings()
    {
        var outcome = await PolicyRun.EvaluateAsync(Path.Combine(PolicyCorpus.Root, "workflows", "zizmorcore+zizmor"), PolicyCorpus.Options);

        Assert.Empty(outcome.Findings.Describe());
        Assert.Equal(11, outcome.Metrics["workflows"]);
    }

    [Fact]
    public async Task Every_corpus_file_of_a_checked_kind_is_parsed_and_checked()
    {
        foreach (var category in PolicyCorpus.Categories)
        {
            var outcome = await PolicyRun.EvaluateAsync(Path.Combine(PolicyCorpus.Root, category), PolicyCorpus.Options);

            Assert.DoesNotContain(outcome.Findings, f => f.RuleId == "toolkit/could-not-evaluate" || f.Severity == Severity.Error && f.Location is null);
        }
    }
}
