using System.Globalization;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Waivers;

/// <summary>
/// Applies time-boxed waivers to a gate's findings. An expired waiver waives nothing and is itself an error finding;
/// a live waiver that matched nothing is a warning. Findings that explain an <c>error</c> verdict are never waived.
/// </summary>
public static class WaiverEngine
{
    /// <summary>
    /// Splits <paramref name="findings"/> into remaining and waived using the first live waiver that matches rule (or an
    /// alias) and path; adds an error per expired waiver and a warning per unused one.
    /// </summary>
    /// <param name="findings">The gate's findings.</param>
    /// <param name="waivers">The gate's waivers.</param>
    /// <param name="today">The UTC date expiry is judged against.</param>
    public static WaiverResult Apply(IReadOnlyList<Finding> findings, IEnumerable<Waiver> waivers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(waivers);
        var live = new List<(Waiver Waiver, Glob Path, Glob Rule)>();
        var remaining = new List<Finding>();
        var waived = new List<WaivedFinding>();
        var used = new HashSet<Waiver>();

        foreach (var waiver in waivers)
        {
            if (waiver.IsExpired(today))
            {
                remaining.Add(Expired(waiver));
            }
            else
            {
                live.Add((waiver, new Glob(waiver.Path), new Glob(waiver.Rule)));
            }
        }

        foreach (var finding in findings)
        {
            var match = finding.RuleId == Gates.GateOutcome.CouldNotEvaluateRule
                ? default
                : live.FirstOrDefault(w => Covers(w.Rule, w.Path, finding));
            if (match.Waiver is null)
            {
                remaining.Add(finding);
            }
            else
            {
                waived.Add(new WaivedFinding(finding, match.Waiver));
                used.Add(match.Waiver);
            }
        }

        remaining.AddRange(live.Where(w => !used.Contains(w.Waiver)).Select(w => Unused(w.Waiver)));
        return new WaiverResult(remaining, waived);
    }

    private static bool Covers(Glob rule, Glob path, Finding finding)
    {
        var ruleMatches = rule.IsMatch(finding.RuleId) || finding.Aliases.Any(rule.IsMatch);
        var pathMatches = path.Pattern is "**" or "*" || (finding.Location is { } location && path.IsMatch(location.Path));
        return ruleMatches && pathMatches;
    }

    private static Finding Expired(Waiver waiver) => new(
        WaiverRules.Expired,
        Severity.Error,
        $"Waiver for '{waiver.Rule}' (owner {waiver.Owner}) expired on {Day(waiver.Expires)}; fix the finding or renew the waiver with a new 'expires' date.",
        waiver.DeclaredAt)
    {
        Title = "Expired waiver",
    };

    private static Finding Unused(Waiver waiver) => new(
        WaiverRules.Unused,
        Severity.Warning,
        $"Waiver for '{waiver.Rule}' on '{waiver.Path}' matched no finding; remove it from the configuration.",
        waiver.DeclaredAt)
    {
        Title = "Unused waiver",
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
