using Toolkit.Gates.Policy.Tests.Corpus;
using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests.Workflows;

/// <summary>
/// actionlint's semantic checks, each at its exact line and column: in a minimal synthetic workflow, and in a real
/// corpus workflow changed in one place (the unchanged file has no such finding).
/// </summary>
public sealed class WorkflowSemanticsTests
{
    private const string Minimal = """
        on:
          create:
            tags: ['v*']
          workflow_call:
            inputs:
              level: {type: string, required: true, default: info}
        permissions: {}
        jobs:
          build:
            runs-on: ubuntu-latest
            needs: [lint, nope]
            steps:
              - id: first
                run: echo "${{ steps.second.outputs.x }} ${{ needs.other.result }}"
              - id: second
                if: steps.first.outcome == 'success' && shout(1)
                run: echo ${{ github.sha + 1 }} ${{ gitub.sha }} ${{ format('{0}}', 'x') }}
          lint:
            runs-on: ubuntu-latest
            steps:
              - run: echo "${{ matrix.os && (1 == 2 }}"
        """;

    [Fact]
    public async Task Each_semantic_mistake_is_reported_at_its_line_and_column()
    {
        // Given a minimal workflow with one of each mistake
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/workflows/ci.yml", Minimal);

        // When the workflows pack checks it
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["workflows"] });

        // Then each lands on the offending token
        var found = outcome.Findings.Select(f => $"{f.Location!.Line}:{f.Location.Column} {f.RuleId}").Order().ToList();
        Assert.Equal(
        [
            "11:19 policy/gha/unknown-needs",
            "14:30 policy/gha/missing-step",
            "14:60 policy/gha/unknown-needs",
            "16:49 policy/gha/unknown-function",
            "17:34 policy/gha/expression-syntax",
            "17:45 policy/gha/unknown-context",
            "21:45 policy/gha/expression-syntax",
            "3:5 policy/gha/ignored-event-filter",
            "6:7 policy/gha/required-input-default",
        ], found);
    }

    public static TheoryData<string, string, string, string> RealFileChanges => new()
    {
        // project/workflow, text replaced (first occurrence), replacement, rule
        { "cli+cli/.github/workflows/deployment.yml", "${{ steps.setupmsbuild.outputs.", "${{ steps.setup-msbuild.outputs.", "policy/gha/missing-step" },
        { "cli+cli/.github/workflows/deployment.yml", "needs: [linux, macos, windows]", "needs: [linux, macos, windws]", "policy/gha/unknown-needs" },
        { "zizmorcore+zizmor/.github/workflows/release-docker.yml", "${{ inputs.", "${{ input.", "policy/gha/unknown-context" },
        { "zizmorcore+zizmor/.github/workflows/release-docker.yml", "${{ inputs.", "${{ toJsn(inputs).", "policy/gha/unknown-function" },
        { "zizmorcore+zizmor/.github/workflows/release-docker.yml", "${{ inputs.", "${{ \"x\" + inputs.", "policy/gha/expression-syntax" },
        { "zizmorcore+zizmor/.github/workflows/release-docker.yml", "      latest:\n        type: boolean\n        required: true\n        default: true\n        description: |\n          Whether to tag the image as `latest`\n\n  workflow_dispatch:", "      latest:\n        type: boolean\n        required: true\n        default: false\n        description: |\n          Whether to tag the image as `latest`\n\n  workflow_dispatch:", "policy/gha/required-input-default" },
    };

    [Theory]
    [MemberData(nameof(RealFileChanges))]
    public async Task A_real_workflow_changed_in_one_place_gets_exactly_that_finding(string file, string find, string replace, string rule)
    {
        // Given a real workflow, and the same workflow with one mistake
        var text = await File.ReadAllTextAsync(Path.Combine(PolicyCorpus.Root, "workflows", file));
        Assert.Contains(find, text, StringComparison.Ordinal);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        var changed = text[..index] + replace + text[(index + find.Length)..];
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/workflows/original.yml", text);
        repo.Write(".github/workflows/changed.yml", changed);

        // When both are checked
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["workflows"] });

        // Then only the changed one has the finding, on the changed line
        Assert.DoesNotContain(outcome.Findings, f => f.RuleId == rule && f.Location!.Path.EndsWith("original.yml", StringComparison.Ordinal));
        var finding = Assert.Single(outcome.Findings, f => f.RuleId == rule);
        var first = changed[..index].Count(c => c == '\n') + 1;
        Assert.InRange(finding.Location!.Line, first, first + replace.Count(c => c == '\n'));
    }

    [Fact]
    public async Task Helms_release_workflow_filters_create_by_tags_which_GitHub_ignores()
    {
        // Given helm's real release workflow (on: create: tags:)
        var outcome = await PolicyRun.EvaluateAsync(Path.Combine(PolicyCorpus.Root, "workflows", "helm+helm"), new PolicyOptions { Packs = ["workflows"] });

        // Then the filter is reported at its key
        var finding = Assert.Single(outcome.Findings, f => f.RuleId == "policy/gha/ignored-event-filter");
        Assert.Equal((".github/workflows/release.yml", 4, 5), (finding.Location!.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public async Task A_required_dispatch_input_with_a_default_is_not_reported_because_the_default_prefills_the_form()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/workflows/run.yml", "on:\n  workflow_dispatch:\n    inputs:\n      level: {required: true, default: info}\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"$LEVEL\"\n        env:\n          LEVEL: ${{ inputs.level }}\n");

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["workflows"] });

        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public async Task A_workflow_whose_jobs_is_a_list_is_an_input_error_that_says_nothing_was_checked()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/workflows/bad.yml", "on: push\njobs:\n  - build\n");

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["workflows"] });

        Assert.True(outcome.IsError);
        Assert.Contains(".github/workflows/bad.yml:2:1", outcome.Summary + string.Join(' ', outcome.Findings.Select(f => f.Message)), StringComparison.Ordinal);
        Assert.Contains("jobs: is a list", string.Join(' ', outcome.Findings.Select(f => f.Message)), StringComparison.Ordinal);
    }
}
