using Toolkit.Gates.Slo.Loading;
using Toolkit.Gates.Slo.Model;
using Toolkit.Testing;

namespace Toolkit.Gates.Slo.Tests.Loading;

/// <summary>Minimal synthetic inputs for each OpenSLO, Sloth and Pyrra feature the corpus exercises.</summary>
public sealed class UpstreamFormatLoaderTests : IDisposable
{
    private readonly TempDirectory repo = new();

    [Fact]
    public void An_unknown_openslo_field_is_an_error_naming_the_field_and_its_line()
    {
        // Given an SLO with a field OpenSLO does not define (as oslo's unknown-field input)
        var result = Load("apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: web\nspec:\n  service: web\n  budgetingMethod: Occurrences\n  indicatorRef: web\n  objectives: [{target: 0.99}]\n  colour: blue\n---\napiVersion: openslo/v1\nkind: SLI\nmetadata: {name: web}\nspec:\n  ratioMetric:\n    good: {metricSource: {type: Prometheus, spec: {query: ok_total}}}\n    total: {metricSource: {type: Prometheus, spec: {query: all_total}}}\n");

        // Then the field is named with its line
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("slo.yaml:10:3: unknown key 'colour'.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unsupported_openslo_api_version_is_an_error_at_its_line()
    {
        // Given an apiVersion OpenSLO never had (as oslo's invalid-apiversion input)
        var result = Load("apiVersion: openslo/v0\nkind: SLO\nmetadata: {name: web}\nspec: {}\n");

        // Then it is refused at the line of the key
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(1, problem.Line);
        Assert.Contains("'openslo/v0' kind 'SLO' is not supported", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_list_of_openslo_objects_with_list_labels_and_several_objectives_loads_one_sli_per_objective()
    {
        // Given the list form, labels with list values and two objectives on bare counter selectors
        var result = Load("""
            - apiVersion: openslo/v1
              kind: Service
              metadata: {name: web}
              spec: {description: Web}
            - apiVersion: openslo/v1
              kind: SLO
              metadata:
                name: web-availability
                labels: {team: [identity, rbac], tier: gold}
              spec:
                service: web
                budgetingMethod: Occurrences
                indicator:
                  metadata: {name: web-ratio}
                  spec:
                    ratioMetric:
                      counter: true
                      good: {metricSource: {type: Prometheus, spec: {query: 'http_requests_total{code!~"5.."}'}}}
                      total: {metricSource: {type: Prometheus, spec: {query: http_requests_total}}}
                objectives:
                  - {displayName: internal, target: 0.995}
                  - {displayName: sla, targetPercent: 99}
            """);

        // Then each objective is an SLI with the windowed queries and the list labels joined
        Assert.Empty(result.Diagnostics);
        var path = Assert.Single(result.Value!.Paths);
        Assert.Equal(["web-availability/internal", "web-availability/sla"], path.Slis.Select(s => s.Name));
        Assert.Equal([99.5, 99], path.Slis.Select(s => Math.Round(s.Objective, 6)));
        Assert.Equal("sum(rate(http_requests_total{code!~\"5..\",{{selector}}}[{{window}}]))", path.Slis[0].GoodQuery);
        Assert.Equal("sum(rate(http_requests_total{{{selector}}}[{{window}}]))", path.Slis[0].TotalQuery);
        Assert.Equal("identity,rbac", path.Slis[0].Labels["team"]);
        Assert.Equal("identity,rbac", path.Owner);
    }

    [Fact]
    public void Timeslices_ratio_timeslices_and_threshold_metrics_become_error_ratio_queries_over_slices()
    {
        // Given the three budgeting methods, a gauge (counter: false) and a threshold metric
        var result = Load(Slo("a", "Timeslices", "timeSliceTarget: 0.95, timeSliceWindow: 1m, target: 0.99", "ratioMetric: {counter: false, good: {metricSource: {type: Prometheus, spec: {query: up_good}}}, total: {metricSource: {type: Prometheus, spec: {query: up_all}}}}")
            + "---\n" + Slo("b", "RatioTimeslices", "timeSliceWindow: 5, target: 0.99", "ratioMetric: {bad: {metricSource: {type: Prometheus, spec: {query: errors_total}}}, total: {metricSource: {type: Prometheus, spec: {query: requests_total}}}}")
            + "---\n" + Slo("c", "Occurrences", "op: lt, value: 0.5, target: 0.99", "thresholdMetric: {metricSource: {type: Prometheus, spec: {query: 'latency_seconds'}}}"));

        // Then each is an error ratio the gate evaluates per window
        Assert.Empty(result.Diagnostics);
        var slis = result.Value!.Paths.SelectMany(p => p.Slis).ToDictionary(s => s.Name);
        Assert.Equal("1 - avg_over_time(((sum(sum_over_time(up_good{}[1m])) / (sum(sum_over_time(up_all{}[1m])) > 0)) >= bool 0.95)[{{window}}:1m])", slis["a"].ErrorQuery);
        Assert.Equal("1 - avg_over_time((1 - sum(rate(errors_total{}[5m])) / (sum(rate(requests_total{}[5m])) > 0))[{{window}}:5m])", slis["b"].ErrorQuery);
        Assert.Equal("1 - avg_over_time(((latency_seconds) < bool 0.5)[{{window}}:])", slis["c"].ErrorQuery);
        Assert.All(slis.Values, s => Assert.Null(s.TotalQuery));
    }

    [Fact]
    public void A_calendar_aligned_window_counts_the_budget_from_the_start_of_the_current_period()
    {
        // Given a monthly calendar window in New York time
        var result = Load(Slo("m", "Occurrences", "target: 0.99", "ratioMetric: {good: {metricSource: {type: Prometheus, spec: {query: ok_total}}}, total: {metricSource: {type: Prometheus, spec: {query: all_total}}}}",
            "timeWindow: [{duration: 1M, isRolling: false, calendar: {startTime: '2022-01-01 00:00:00', timeZone: America/New_York}}]"));

        // When the budget window is asked for on 2026-03-10 12:00 UTC
        var sli = Assert.Single(result.Value!.Paths.SelectMany(p => p.Slis));
        var window = sli.BudgetWindowAt(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

        // Then it runs from 2026-03-01 00:00 New York (05:00 UTC), and the nominal period is 30 days
        Assert.Empty(result.Diagnostics);
        Assert.Equal(TimeSpan.FromDays(9) + TimeSpan.FromHours(7), window);
        Assert.Equal(TimeSpan.FromDays(30), sli.Window);
    }

    [Fact]
    public void A_fixed_range_without_a_window_placeholder_is_refused_naming_the_query()
    {
        // Given a ratio query that already has a range
        var result = Load(Slo("r", "Occurrences", "target: 0.99", "ratioMetric: {good: {metricSource: {type: Prometheus, spec: {query: 'sum(rate(ok_total[5m]))'}}}, total: {metricSource: {type: Prometheus, spec: {query: all_total}}}}"));

        // Then the fix is named
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("fixed range [5m] and no {{window}}", StringComparison.Ordinal));
    }

    [Fact]
    public void Sloth_plugins_expand_to_their_queries_and_an_unknown_plugin_is_named()
    {
        // Given a common plugin with options, and a plugin slo-gates does not know
        var result = Load("""
            version: prometheus/v1
            service: k8s-apiserver
            slos:
              - name: latency
                objective: 99
                sli: {plugin: {id: sloth-common/kubernetes/apiserver/latency, options: {bucket: "0.4", filter: 'cluster="c1"'}}}
              - name: custom
                objective: 99
                sli: {plugin: {id: acme/made-up/v1}}
            """);

        // Then the known plugin is the upstream query, the unknown one an error naming its id and line
        var unknown = Assert.Single(result.Diagnostics);
        Assert.Equal(9, unknown.Line);
        Assert.Contains("SLI plugin 'acme/made-up/v1' is not one slo-gates expands", unknown.Message, StringComparison.Ordinal);
        var sli = Assert.Single(result.Value!.Paths.SelectMany(p => p.Slis));
        Assert.Contains("apiserver_request_duration_seconds_bucket{ cluster=\"c1\",le=\"0.4\",verb!=\"WATCH\" }[{{.window}}]", sli.ErrorQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void Pyrra_latency_native_and_bool_gauge_indicators_become_good_over_total()
    {
        // Given Pyrra's native-histogram latency and boolean gauge indicators
        var result = Load("""
            apiVersion: pyrra.dev/v1alpha1
            kind: ServiceLevelObjective
            metadata: {name: connect-latency, labels: {pyrra.dev/team: api}}
            spec:
              target: "99"
              window: 2w
              indicator: {latencyNative: {latency: 200ms, total: {metric: 'rpc_seconds{job="api"}'}, grouping: [method]}}
            ---
            apiVersion: pyrra.dev/v1alpha1
            kind: ServiceLevelObjective
            metadata: {name: probe}
            spec:
              target: "99"
              window: 7d
              alerting: {name: ProbeBudget}
              indicator: {bool_gauge: {metric: probe_success}}
            """);

        // Then both are ratio SLIs with Pyrra's windowed forms
        Assert.Empty(result.Diagnostics);
        var slis = result.Value!.Paths.SelectMany(p => p.Slis).ToDictionary(s => s.Name);
        Assert.Equal("histogram_count(sum(rate(rpc_seconds{job=\"api\",{{selector}}}[{{window}}])))", slis["connect-latency"].TotalQuery);
        Assert.StartsWith("histogram_fraction(0, 0.2, sum(rate(", slis["connect-latency"].GoodQuery, StringComparison.Ordinal);
        Assert.Equal(("sum(sum_over_time(probe_success{{{selector}}}[{{window}}]))", "sum(count_over_time(probe_success{{{selector}}}[{{window}}]))"), (slis["probe"].GoodQuery, slis["probe"].TotalQuery));
        Assert.Equal("ProbeBudget", slis["probe"].Alerting.Name);
        Assert.Equal("api", result.Value.Paths.Single(p => p.Name == "connect-latency").Owner);
    }

    [Fact]
    public void An_openslo_v1alpha_slo_as_sloth_writes_it_loads_each_objective()
    {
        // Given Sloth's OpenSLO v1alpha form with count/unit windows
        var result = Load("apiVersion: openslo/v1alpha\nkind: SLO\nmetadata: {name: api}\nspec:\n  service: api\n  budgetingMethod: Occurrences\n  objectives:\n    - ratioMetrics:\n        good: {source: prometheus, queryType: promql, query: 'sum(rate(ok[{{.window}}]))'}\n        total: {source: prometheus, queryType: promql, query: 'sum(rate(all[{{.window}}]))'}\n      target: 0.999\n  timeWindows: [{count: 28, unit: Day}]\n");

        // Then it is one SLI of 28 days with the query as written
        Assert.Empty(result.Diagnostics);
        var sli = Assert.Single(result.Value!.Paths.SelectMany(p => p.Slis));
        Assert.Equal((TimeSpan.FromDays(28), "sum(rate(ok[{{.window}}]))"), (sli.Window, sli.GoodQuery));
    }

    public void Dispose() => repo.Dispose();

    private static string Slo(string name, string method, string objective, string indicator, string window = "timeWindow: [{duration: 30d, isRolling: true}]") =>
        $"apiVersion: openslo/v1\nkind: SLO\nmetadata: {{name: {name}}}\nspec:\n  service: svc\n  budgetingMethod: {method}\n  {window}\n  indicator: {{metadata: {{name: {name}-sli}}, spec: {{{indicator}}}}}\n  objectives: [{{{objective}}}]\n";

    private LoadResult Load(string yaml) => GoldenPathLoader.Load(repo.Write("slo.yaml", yaml), "slo.yaml", []);
}
