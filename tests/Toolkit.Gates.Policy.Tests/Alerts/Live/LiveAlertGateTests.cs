using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Rules;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Alerts.Live;

/// <summary>policy-ci's alert pack against a real Prometheus loaded by promtool: series that do not exist, and noise.</summary>
[Collection(AlertHistoryCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class LiveAlertGateTests(AlertHistoryFixture prometheus)
{
    private const string ApiRules = """
        groups:
          - name: api
            rules:
              - alert: ApiServerErrors
                expr: sum(rate(http_requests_total{job="api",code="503"}[5m])) > 0
                for: 5m
              - alert: ApiMissingLabel
                expr: rate(http_requests_total{jobb="api"}[5m]) > 0
                for: 5m
              - alert: ApiGone
                expr: up{job="nonexistent"} == 0
                for: 5m
              - alert: ApiFine
                expr: sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) > 1
                for: 5m
              - alert: ApiRecorded
                expr: job:errors:rate5m > 0
                for: 5m
              - alert: ApiAbsent
                expr: absent(up{job="api"})
                for: 5m
              - record: job:errors:rate5m
                expr: sum by (job) (rate(http_requests_total{code="500"}[5m]))
        """;

    private const string QueueRules = AlertHistoryData.QueueBacklogRule;

    private const string QueueRulesBefore = """
        groups:
          - name: worker
            rules:
              - alert: QueueBacklog
                expr: queue_depth > 5
                labels:
                  severity: warning
        """;

    [Fact]
    public async Task Selectors_without_series_are_found_at_their_line_with_the_matcher_that_fails()
    {
        // Given alert rules whose selectors name a value never seen, a label never set, and a metric never exported
        using var repo = new TempDirectory();
        repo.Write("rules/api.yml", ApiRules);

        // When policy-ci checks them against Prometheus
        var outcome = await PolicyRun.EvaluateAsync(repo.Path, Options());

        // Then each is a finding at its expr line naming the cause; recorded metrics and absent() are not judged
        var missing = outcome.Findings.Where(f => f.RuleId == "policy/alerts/series-missing").ToList();
        Assert.Equal([5, 8, 11], missing.Select(f => f.Location!.Line));
        Assert.Contains("`code=\"503\"` matches none of its `code` values (\"200\", \"500\")", missing[0].Message, StringComparison.Ordinal);
        Assert.Contains("none has the label `jobb`", missing[1].Message, StringComparison.Ordinal);
        Assert.Contains("`up` has no series in the last 4h", missing[2].Message, StringComparison.Ordinal);
        Assert.False(outcome.IsError, outcome.Findings.Describe());
    }

    [Fact]
    public async Task A_noisy_alert_is_reported_with_its_replayed_count_beside_the_alerts_history_and_in_the_evidence()
    {
        // Given the queue alert, which fires six times in four hours
        using var repo = new TempDirectory();
        repo.Write("rules/worker.yml", QueueRules);
        var evidence = repo.Combine("evidence", "policy-ci");

        // When policy-ci replays it
        var outcome = await new PolicyGate(environment: PolicyRun.NoActions).RunAsync(repo.Path, Options(), evidence, TextWriter.Null, CancellationToken.None);

        // Then it is noisy at its line: 36 a day against the default 2, and Prometheus's own ALERTS say 6 too
        var noisy = Assert.Single(outcome.Findings, f => f.RuleId == "policy/alerts/noisy");
        Assert.Equal(("rules/worker.yml", 4), (noisy.Location!.Path, noisy.Location.Line));
        Assert.StartsWith("Alert 'QueueBacklog' would have fired 6 time(s) in the last 0.17 day(s) (36/day, above max_firings_per_day 2; for: 3m, keep_firing_for: 2m); Prometheus's ALERTS history shows 6 firing(s).", noisy.Message, StringComparison.Ordinal);
        Assert.Equal(36, outcome.Metrics["alert_firings_per_day"]);

        // And alerts/hygiene.json has the alert's figures
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(evidence, "alert-hygiene.json")));
        var alert = json.RootElement.GetProperty("alerts")[0];
        Assert.Equal("QueueBacklog", alert.GetProperty("name").GetString());
        Assert.Equal("rules/worker.yml", alert.GetProperty("file").GetString());
        Assert.Equal(4, alert.GetProperty("line").GetInt32());
        Assert.Equal("warning", alert.GetProperty("severity").GetString());
        Assert.Equal(6, alert.GetProperty("firings").GetInt32());
        Assert.Equal(36, alert.GetProperty("firings_per_day").GetDouble());
        Assert.Equal(6, alert.GetProperty("alerts_history_firings").GetInt32());
        Assert.Contains("policy/alerts/noisy", alert.GetProperty("findings").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task A_pull_request_shows_the_noise_change_from_base_to_head()
    {
        // Given a repository whose base fires QueueBacklog on every spike and whose head adds for and keep_firing_for
        using var repo = new GitRepository();
        repo.Write("rules/worker.yml", QueueRulesBefore).Commit("base");
        repo.Git("tag", "base");
        repo.Write("rules/worker.yml", QueueRules).Commit("head");

        // When policy-ci runs with the base
        var outcome = await PolicyRun.EvaluateAsync(repo.Path, Options() with { BaseRef = "base" });

        // Then the PR comment section shows 60 → 36 firings a day, down 40%: the contract's target is met
        Assert.Equal(
            """
            #### Alert noise (replayed over 0.17d)

            Firings per day, base `base` → head: **60 → 36** (−40%); the release contract asks for noise down at least 40%: **met**.

            | Alert | Rule file | Base /day | Head /day |
            |---|---|---:|---:|
            | QueueBacklog | `rules/worker.yml` | 60 | 36 |

            """.ReplaceLineEndings("\n"),
            outcome.Details);
        Assert.Equal(-40, outcome.Metrics["alert_noise_change_pct"]);
    }

    [Fact]
    public async Task A_base_that_is_not_in_the_clone_is_an_error_saying_to_fetch_it()
    {
        // Given a repository without the named base
        using var repo = new GitRepository();
        repo.Write("rules/worker.yml", QueueRules).Commit("head");

        // When policy-ci is asked for the noise change against it
        var outcome = await PolicyRun.EvaluateAsync(repo.Path, Options() with { BaseRef = "origin/main" });

        // Then it could not evaluate, and says how to get the base
        Assert.True(outcome.IsError);
        Assert.Contains("base 'origin/main'", outcome.Findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", outcome.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_prometheus_is_an_error_naming_the_url_never_a_pass()
    {
        // Given a clean rule file and a Prometheus URL nothing listens on
        using var repo = new TempDirectory();
        repo.Write("rules/worker.yml", QueueRules);

        // When policy-ci checks the rules
        var outcome = await PolicyRun.EvaluateAsync(repo.Path, Options() with { PrometheusUrl = new Uri("http://127.0.0.1:9/") });

        // Then it could not evaluate, and says where it tried
        Assert.True(outcome.IsError);
        var error = Assert.Single(outcome.Findings, f => f.RuleId == "toolkit/could-not-evaluate");
        Assert.Contains("Prometheus at http://127.0.0.1:9/", error.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, error.Severity);
    }

    private PolicyOptions Options() => new()
    {
        Packs = [PolicyPacks.Alerts],
        DisabledRules = ["policy/alerts/missing-runbook", "policy/alerts/missing-severity"],
        PrometheusUrl = prometheus.Url,
        AlertHistory = AlertHistoryFixture.History,
        AlertHistoryEnd = prometheus.End,
    };
}
