using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Loading;
using Toolkit.Gates.Slo.Model;
using Toolkit.Core.Prometheus;
using Toolkit.Gates.Slo.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Gates.Slo.Tests.Corpus;

[Collection(PrometheusCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class SloCorpusPrometheusTests(PrometheusFixture prometheus)
{
    [Fact]
    public async Task Every_measurable_corpus_slo_reaches_prometheus_with_queries_it_accepts()
    {
        // Given every SLO of the corpus that loads and is measurable, with its queries rendered as the gate renders them
        using var scratch = new TempDirectory();
        var queries = new List<(string Slo, string Query)>();
        foreach (var (name, file) in SloCorpus.Inputs(scratch))
        {
            var loaded = SloCorpus.Load(file, name);
            foreach (var sli in loaded.IsValid ? loaded.Value!.Paths.SelectMany(p => p.Slis).Where(s => s.Unmeasurable is null) : [])
            {
                var pairs = sli.AlertWindows ?? WindowPair.For(sli.Window);
                foreach (var window in new[] { pairs[0].Short, sli.BudgetWindowAt(prometheus.End) })
                {
                    foreach (var template in new[] { sli.ErrorQuery, sli.GoodQuery, sli.TotalQuery }.OfType<string>())
                    {
                        queries.Add(($"{name} {sli.Name}", QueryTemplate.Render(template, Durations.Format(window))));
                    }
                }
            }
        }

        // When a real Prometheus evaluates each of them
        using var client = new PrometheusClient(new PrometheusOptions(prometheus.Url));
        var results = await Task.WhenAll(queries.Select(q => client.QueryAsync(q.Query, prometheus.End, CancellationToken.None)));

        // Then Prometheus parses and runs every one (there are no such series here, so results are empty, not errors)
        var refused = queries.Zip(results).Where(x => x.Second.IsError).Select(x => $"{x.First.Slo}: {x.Second.Error}").ToList();
        Assert.True(refused.Count == 0, string.Join('\n', refused));
        Assert.Equal(322, queries.Count); // 82 SLOs, two windows each, error (or good) and total queries (one for the three raw and plugin SLIs)
    }
}
