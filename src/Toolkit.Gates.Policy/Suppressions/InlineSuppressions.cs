namespace Toolkit.Gates.Policy.Suppressions;

/// <summary>
/// Inline suppressions: <c># gate: ignore[rule-id, ...] reason</c> (a reason is required) and zizmor's
/// <c># zizmor: ignore[audit]</c>, which projects that run zizmor already have. A comment covers findings on its own
/// line, or, standing alone on a line, on the next line that is not blank or a comment. A rule is named by its id or its
/// former id (before the <c>policy/</c> prefix), which findings carry as an alias. Our own comments that suppress
/// nothing are reported (<c>policy/unused-ignore</c>); zizmor's are left alone, since they may name audits only zizmor has.
/// </summary>
internal static partial class InlineSuppressions
{
    public static IReadOnlyList<Finding> Apply(string path, string text, IReadOnlyList<Finding> findings, IReadOnlySet<string> disabled)
    {
        if (!text.Contains("ignore[", StringComparison.Ordinal))
        {
            return findings;
        }

        var ignores = Parse(text);
        if (ignores.Count == 0)
        {
            return findings;
        }

        var sink = new FindingSink(path, disabled);
        var used = new HashSet<(InlineIgnore, string)>();
        var kept = new List<Finding>();
        foreach (var finding in findings)
        {
            var line = finding.Location?.Line ?? 0;
            var match = ignores
                .Where(i => i.Covers(line) && (!i.Ours || i.Reason.Length > 0))
                .SelectMany(i => i.Rules.Where(r => Names(i, r, finding)).Select(r => (i, r)))
                .FirstOrDefault();
            if (match.i is null)
            {
                kept.Add(finding);
            }
            else
            {
                used.Add(match);
            }
        }

        foreach (var ignore in ignores.Where(i => i.Ours))
        {
            if (ignore.Reason.Length == 0)
            {
                sink.Add(PolicyRules.IgnoreWithoutReason, ignore.Line, ignore.Column, $"ignore[{string.Join(", ", ignore.Rules)}] has no reason, so it suppresses nothing.");
                continue;
            }

            foreach (var rule in ignore.Rules.Where(r => !used.Contains((ignore, r))))
            {
                var known = PolicyRules.Find(rule) is not null || PolicyRules.IsCustomId(rule);
                sink.Add(PolicyRules.UnusedIgnore, ignore.Line, ignore.Column, known
                    ? $"ignore[{rule}] suppresses no finding on line {ignore.Line}{(ignore.Target > 0 ? $" or {ignore.Target}" : string.Empty)}."
                    : $"ignore[{rule}] names no rule (rule ids look like {PolicyRules.Artipacked.Id} or {PolicyRules.LastUserRoot.Id}).");
            }
        }

        return [.. kept, .. sink.Findings];
    }

    private static bool Names(InlineIgnore ignore, string rule, Finding finding) =>
        ignore.Ours
            ? rule == finding.RuleId || finding.Aliases.Contains(rule)
            : PolicyRules.Find(finding.RuleId) is { Pack: PolicyPacks.Workflows, Upstream: { } upstream } && upstream == rule;

    public static List<InlineIgnore> Parse(string text)
    {
        var lines = text.Split('\n');
        var ignores = new List<InlineIgnore>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Comment().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var hash = match.Groups["hash"].Index;
            var standalone = lines[i][..hash].Trim().Length == 0;
            var target = 0;
            for (var next = i + 1; standalone && next < lines.Length; next++)
            {
                var trimmed = lines[next].Trim();
                if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
                {
                    target = next + 1;
                    break;
                }
            }

            var rules = match.Groups["rules"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            ignores.Add(new InlineIgnore(i + 1, hash + 1, target, rules, match.Groups["reason"].Value.Trim(), match.Groups["tool"].Value == "gate"));
        }

        return ignores;
    }

    [GeneratedRegex(@"(?:^|\s)(?<hash>#)\s*(?<tool>gate|zizmor):\s*ignore\[(?<rules>[^\]]*)\](?<reason>[^\r\n]*)")]
    private static partial Regex Comment();
}
