using Toolkit.Gates.Slo.Loading;
using Toolkit.Gates.Slo.Model;
using Toolkit.Testing;

namespace Toolkit.Gates.Slo.Tests.Loading;

public sealed class GoldenPathLoaderTests : IDisposable
{
    private static readonly Threshold[] Defaults = [Threshold.TryParse("burn==0", null, out _)!];
    private readonly TempDirectory repo = new();

    [Fact]
    public void The_own_format_reads_slis_probe_thresholds_and_canary()
    {
        // Given a golden_paths.yaml with a ratio SLI, a latency SLI, a probe and a canary section
        var result = Load("""
            golden_paths:
              - name: checkout
                owner: team-shop
                evaluation_window: 30m
                thresholds: [p95_ms<=150, error_rate<0.01, burn==0]
                slis:
                  - name: availability
                    objective: 99.5
                    window: 28d
                    good_query: sum(rate(http_requests_total{code!~"5.."}[{{window}}]))
                    total_query: sum(rate(http_requests_total[{{window}}]))
                  - name: latency
                    latency:
                      p95_ms: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[{{window}}])))
                probe:
                  method: POST
                  url: ${BASE_URL}/api/checkout
                  headers: {Content-Type: application/json}
                  body: '{"cart": 1}'
                  expect_status: 201
                  expect_body: order
                  timeout: 2s
                  count: 7
            canary:
              objectives:
                - metric: p95_ms
                  pass: "<=+10%"
                  weight: 3
            """);

        // When it is loaded, then everything is in the model
        Assert.Empty(result.Diagnostics);
        var path = Assert.Single(result.Value!.Paths);
        Assert.Equal(("checkout", "team-shop", TimeSpan.FromMinutes(30)), (path.Name, path.Owner, path.EvaluationWindow));
        Assert.Equal(["p95_ms<=150", "error_rate<0.01", "burn==0"], path.Thresholds.Select(t => t.Expression));
        Assert.Equal(5, path.Thresholds[0].Location!.Line);
        var ratio = path.Slis[0];
        Assert.Equal((SliKind.Ratio, 99.5, TimeSpan.FromDays(28)), (ratio.Kind, ratio.Objective, ratio.Window));
        Assert.Equal(0.005, ratio.Budget, 9);
        Assert.Equal(SliKind.Latency, path.Slis[1].Kind);
        Assert.Equal(("POST", 201, 7, TimeSpan.FromSeconds(2)), (path.Probe!.Method, path.Probe.ExpectStatus, path.Probe.Count, path.Probe.Timeout));
        Assert.Equal(3, Assert.Single(result.Value.Canary!.Objectives).Weight);
    }

    [Fact]
    public void An_openslo_v1_slo_becomes_a_golden_path_of_its_service()
    {
        // Given an OpenSLO v1 SLO with an inline ratio indicator and a second SLO via indicatorRef
        var result = Load("""
            apiVersion: openslo/v1
            kind: SLO
            metadata:
              name: web-availability
              displayName: Web availability
              labels:
                owner: team-web
            spec:
              description: 99.9% of requests succeed
              service: web
              indicator:
                metadata:
                  name: web-successful-requests
                spec:
                  ratioMetric:
                    counter: true
                    good:
                      metricSource:
                        type: Prometheus
                        spec:
                          query: sum(rate(http_requests_total{service="web",code!~"5.."}[{{window}}]))
                    total:
                      metricSource:
                        type: Prometheus
                        spec:
                          query: sum(rate(http_requests_total{service="web"}[{{window}}]))
              timeWindow:
                - duration: 28d
                  isRolling: true
              budgetingMethod: Occurrences
              objectives:
                - displayName: Good
                  target: 0.999
            ---
            apiVersion: openslo/v1
            kind: SLI
            metadata:
              name: web-errors
            spec:
              ratioMetric:
                counter: true
                bad:
                  metricSource:
                    type: Prometheus
                    spec:
                      query: sum(rate(http_requests_total{service="web",code=~"5.."}[{{window}}]))
                total:
                  metricSource:
                    type: Prometheus
                    spec:
                      query: sum(rate(http_requests_total{service="web"}[{{window}}]))
            ---
            apiVersion: openslo/v1
            kind: SLO
            metadata:
              name: web-errors-slo
            spec:
              service: web
              indicatorRef: web-errors
              timeWindow:
                - duration: 30d
                  isRolling: true
              budgetingMethod: Occurrences
              objectives:
                - targetPercent: 99.5
            """);

        // When it is loaded
        Assert.Empty(result.Diagnostics);
        var path = Assert.Single(result.Value!.Paths);

        // Then both SLOs are ratio SLIs of the 'web' golden path with the default thresholds
        Assert.Equal(("web", "team-web"), (path.Name, path.Owner));
        Assert.Equal(["web-availability", "web-errors-slo"], path.Slis.Select(s => s.Name));
        Assert.Equal(99.9, path.Slis[0].Objective, 6);
        Assert.Equal(TimeSpan.FromDays(28), path.Slis[0].Window);
        Assert.NotNull(path.Slis[0].GoodQuery);
        Assert.Equal((99.5, true), (path.Slis[1].Objective, path.Slis[1].ErrorQuery!.Contains("5..", StringComparison.Ordinal)));
        Assert.Equal("burn==0", Assert.Single(path.Thresholds).Expression);
    }

    [Fact]
    public void A_sloth_prometheus_v1_spec_becomes_a_golden_path_with_one_sli_per_slo()
    {
        // Given the getting-started example of Sloth
        var result = Load("""
            version: "prometheus/v1"
            service: "myservice"
            labels:
              owner: "myteam"
              repo: "myorg/myservice"
              tier: "2"
            slos:
              - name: "requests-availability"
                objective: 99.9
                description: "Common SLO based on availability for HTTP request responses."
                sli:
                  events:
                    error_query: sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[{{.window}}]))
                    total_query: sum(rate(http_request_duration_seconds_count{job="myservice"}[{{.window}}]))
                alerting:
                  name: MyServiceHighErrorRate
                  labels:
                    category: "availability"
                  page_alert:
                    labels:
                      severity: pageteam
                  ticket_alert:
                    labels:
                      severity: "slack"
              - name: "raw-availability"
                objective: 99
                sli:
                  raw:
                    error_ratio_query: 1 - avg_over_time(up{job="myservice"}[{{.window}}])
            """);

        // When it is loaded, then it is one golden path with both SLOs
        Assert.Empty(result.Diagnostics);
        var path = Assert.Single(result.Value!.Paths);
        Assert.Equal(("myservice", "myteam"), (path.Name, path.Owner));
        Assert.Equal(["requests-availability", "raw-availability"], path.Slis.Select(s => s.Name));
        Assert.Equal("sum(rate(x[5m]))", QueryTemplate.Render("sum(rate(x[{{.window}}]))", "5m"));
        Assert.Null(path.Slis[1].TotalQuery);
        Assert.Equal(0.01, path.Slis[1].Budget, 9);
    }

    [Fact]
    public void Problems_are_reported_with_their_line_and_a_suggestion()
    {
        // Given a misspelt key, a bad threshold and a query without the window placeholder
        var result = Load("""
            golden_paths:
              - name: checkout
                ownr: me
                thresholds: [p95 <= fast]
                slis:
                  - name: availability
                    error_query: sum(rate(errors[5m]))
                    total_query: sum(rate(requests[{{window}}]))
            """);

        // When it is loaded, then each problem names its line
        Assert.False(result.IsValid);
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("golden_paths.yaml:3:5: unknown key 'ownr'.", StringComparison.Ordinal) && m.EndsWith("Did you mean 'owner'?", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("golden_paths.yaml:4:18: 'p95 <= fast' is not a threshold", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("golden_paths.yaml:7:22: 'error_query' has no {{window}} placeholder", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_says_where_to_configure_it()
    {
        // Given no golden paths file
        var result = GoldenPathLoader.Load(repo.Combine("nope.yaml"), "nope.yaml", Defaults);

        // Then the message names the file and the fix
        Assert.Contains("--golden-paths", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    public void Dispose() => repo.Dispose();

    private LoadResult Load(string yaml) => GoldenPathLoader.Load(repo.Write("golden_paths.yaml", yaml), "golden_paths.yaml", Defaults);
}
