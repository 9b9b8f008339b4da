using System.Globalization;
using Toolkit.Core.Waivers;

namespace Toolkit.Gates.Policy.Custom;

/// <summary>Applies custom rules to a YAML document, one finding per value (or missing branch) that breaks the rule.</summary>
internal sealed class CustomRuleEvaluator
{
    private readonly List<(CustomRule Rule, Glob[] Files, Regex? Pattern)> rules;

    public CustomRuleEvaluator(IEnumerable<CustomRule> rules) =>
        this.rules = rules.Select(r => (r, r.Files.Select(f => new Glob(f)).ToArray(),
            r.Operator == CustomOperators.Matches ? new Regex(r.Values[0], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null)).ToList();

    public bool IsEmpty => rules.Count == 0;

    public IReadOnlyList<Finding> Check(string path, YamlNode root)
    {
        var findings = new List<Finding>();
        var kind = root.Text("kind");
        foreach (var (rule, files, pattern) in rules)
        {
            if ((rule.Kinds.Count > 0 && (kind is null || !rule.Kinds.Contains(kind, StringComparer.Ordinal)))
                || (files.Length > 0 && !files.Any(g => g.IsMatch(path))))
            {
                continue;
            }

            foreach (var match in YamlPath.Evaluate(root, rule.Path))
            {
                var problem = Problem(rule, pattern, match);
                if (problem is not null)
                {
                    findings.Add(Create(rule, new SourceLocation(path, (int)match.At.Line, (int)match.At.Column), problem));
                }
            }
        }

        return findings;
    }

    private static string? Problem(CustomRule rule, Regex? pattern, YamlPathMatch match)
    {
        if (match.Value is null)
        {
            // Only exists cares about missing branches; the other operators have nothing to compare.
            return rule.Operator == CustomOperators.Exists ? $"{rule.Path} is missing ('{match.Missing}' not found)." : null;
        }

        if (rule.Operator == CustomOperators.Exists)
        {
            return null;
        }

        var text = match.Value.Text();
        var shown = text ?? "(not a scalar)";
        return rule.Operator switch
        {
            CustomOperators.Equals_ when text != rule.Values[0] => $"{rule.Path} is '{shown}', expected '{rule.Values[0]}'.",
            CustomOperators.Matches when text is null || !pattern!.IsMatch(text) => $"{rule.Path} is '{shown}', which does not match /{rule.Values[0]}/.",
            CustomOperators.In when text is null || !rule.Values.Contains(text, StringComparer.Ordinal) => $"{rule.Path} is '{shown}', not one of {string.Join(", ", rule.Values)}.",
            CustomOperators.NotIn when text is not null && rule.Values.Contains(text, StringComparer.Ordinal) => $"{rule.Path} is '{shown}', which is not allowed.",
            CustomOperators.LessThan when !LessThan(text, rule.Values[0]) => $"{rule.Path} is '{shown}', expected less than {rule.Values[0]}.",
            _ => null,
        };
    }

    private static bool LessThan(string? text, string limit) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value < double.Parse(limit, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static Finding Create(CustomRule rule, SourceLocation location, string problem) =>
        new(PolicyRules.CustomId(rule.Id), rule.Severity, $"{rule.Message} ({problem})", location, rule.HelpUri,
            Properties: new Dictionary<string, string>(StringComparer.Ordinal) { ["pack"] = PolicyPacks.Custom, ["defined_at"] = rule.DefinedAt })
        {
            Title = rule.Id,
            Aliases = [PolicyRules.FormerCustomId(rule.Id)],
        };
}
