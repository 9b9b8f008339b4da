using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Alerts;

public sealed class CorpusHygieneTests
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Shared, "corpus", "policy", "prometheus-rules");

    [Fact]
    public async Task The_corpus_rule_files_give_the_reviewed_hygiene_findings()
    {
        // Given the reviewed counts per hygiene rule (see corpus-hygiene.txt for why each is right)
        var expected = File.ReadAllLines(RepositoryPaths.InRepo("tests", "Toolkit.Gates.Policy.Tests", "Alerts", "corpus-hygiene.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .ToDictionary(p => p[0], p => int.Parse(p[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));

        // When the alerts pack runs over awesome-prometheus-alerts
        var outcome = await PolicyRun.EvaluateAsync(Corpus, new PolicyOptions { Packs = ["alerts"] });

        // Then every file is read and each hygiene rule fires exactly as reviewed
        var actual = outcome.Findings.Where(f => expected.ContainsKey(f.RuleId)).GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var rule in expected.Keys.Where(k => !actual.ContainsKey(k)))
        {
            actual[rule] = 0;
        }

        Assert.Contains("111 alert rule files", outcome.Summary, StringComparison.Ordinal);
        Assert.Equal(954, outcome.Metrics["alerts"]);
        var details = outcome.Findings.Where(f => expected.ContainsKey(f.RuleId) && f.RuleId != "policy/alerts/for-missing").Describe();
        Assert.True(expected.OrderBy(p => p.Key).SequenceEqual(actual.OrderBy(p => p.Key)), string.Join(", ", actual.OrderBy(p => p.Key)) + "\n" + details);
    }

    [Fact]
    public async Task The_corpus_one_minute_rate_ranges_pass_at_a_thirty_second_scrape_interval()
    {
        var outcome = await PolicyRun.EvaluateAsync(Corpus, new PolicyOptions { Packs = ["alerts"], ScrapeInterval = TimeSpan.FromSeconds(30) });

        Assert.DoesNotContain(outcome.Findings, f => f.RuleId == "policy/alerts/rate-range");
    }
}
