using Microsoft.Extensions.Time.Testing;
using System.Globalization;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Reporting;
using Toolkit.Core.Runtime;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Alerts.Live;

/// <summary>The noise change reaches the PR comment and job summary: run by the runner in a pull request, rendered as the comment is.</summary>
[Collection(AlertHistoryCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class NoiseCommentTests(AlertHistoryFixture prometheus)
{
    [Fact]
    public async Task The_pull_request_comment_of_policy_ci_shows_the_noise_change_from_gates_yml_settings()
    {
        // Given gates.yml with prometheus_url and a 4h history, a base that fires on every spike, a head with for/keep_firing_for
        using var repo = new GitRepository();
        var history = ((int)AlertHistoryFixture.History.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        repo.Write(".github/gates.yml", $"version: 1\ngates:\n  policy-ci:\n    packs: [alerts]\n    disabled_rules: [policy/alerts/missing-runbook]\n    prometheus_url: {prometheus.Url}\n    alert_history: {history}m\n");
        repo.Write("rules/worker.yml", AlertHistoryData.QueueBacklogRule.Replace("        for: 3m\n        keep_firing_for: 2m\n", string.Empty, StringComparison.Ordinal)).Commit("base");
        var baseSha = repo.Git("rev-parse", "HEAD").Trim();
        repo.Write("rules/worker.yml", AlertHistoryData.QueueBacklogRule).Commit("head");
        using var output = new TempDirectory();
        var config = new GatesConfigLoader(GateIds.All).LoadFile(repo.Path, null).Value!;

        // When the runner runs policy-ci at the end of the history, with the PR base
        var run = await new GateRunner().RunAsync(new PolicyGate(), config, new RunOptions(repo.Path, output.Path)
        {
            Host = PolicyRun.NoActions,
            BaseRef = baseSha,
            Clock = new FakeTimeProvider(prometheus.End),
        }, CancellationToken.None);
        var comment = MarkdownVerdictRenderer.Render(run.Verdict, MarkdownOptions.Default);

        // Then the comment carries the base → head figures and the contract's verdict on them
        Assert.Contains($"Firings per day, base `{baseSha}` → head: **60 → 36** (−40%); the release contract asks for noise down at least 40%: **met**.", comment, StringComparison.Ordinal);
        Assert.Contains("| QueueBacklog | `rules/worker.yml` | 60 | 36 |", comment, StringComparison.Ordinal);
    }
}
