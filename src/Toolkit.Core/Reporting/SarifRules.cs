using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>
/// The rules of a run, de-duplicated by id in order of first appearance (deterministic), each at the most severe level
/// its results have, so <c>ruleIndex</c> is stable for a given verdict.
/// </summary>
internal sealed class SarifRules
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<SarifRule> rules = [];

    private SarifRules()
    {
    }

    public IReadOnlyList<SarifRule> All => rules;

    public static SarifRules From(IEnumerable<SarifEntry> entries)
    {
        var set = new SarifRules();
        foreach (var finding in entries.Select(e => e.Finding))
        {
            var id = VerdictText.Rule(finding);
            if (!set.indexes.TryGetValue(id, out var index))
            {
                set.indexes[id] = set.rules.Count;
                set.rules.Add(new SarifRule(id, string.IsNullOrWhiteSpace(finding.Title) ? id : finding.Title, Web(finding.HelpUri), finding.Severity)
                {
                    FullDescription = finding.Properties?.GetValueOrDefault("description"),
                    Help = finding.Properties?.GetValueOrDefault("fix"),
                });
                continue;
            }

            var rule = set.rules[index];
            set.rules[index] = rule with
            {
                HelpUri = rule.HelpUri ?? Web(finding.HelpUri),
                Level = VerdictText.Rank(finding.Severity) < VerdictText.Rank(rule.Level) ? finding.Severity : rule.Level,
                ShortDescription = rule.ShortDescription == id && !string.IsNullOrWhiteSpace(finding.Title) ? finding.Title : rule.ShortDescription,
            };
        }

        return set;
    }

    public int IndexOf(string ruleId) => indexes[ruleId];

    // SARIF's helpUri must be an absolute URI; anything else is left out rather than failing the upload.
    private static string? Web(string? uri) => Uri.TryCreate(uri, UriKind.Absolute, out _) ? uri : null;
}
