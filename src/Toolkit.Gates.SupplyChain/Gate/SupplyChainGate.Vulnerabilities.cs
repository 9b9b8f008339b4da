using System.Globalization;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Gate;

public sealed partial class SupplyChainGate
{
    /// <summary>
    /// Matches head (and base) components against the OSV advisories (offline database and/or API). A vulnerability
    /// is new when the base did not have the same advisory on the same package. Budgets count new findings no live
    /// waiver covers, so a waived advisory does not spend the budget and an expired waiver does.
    /// </summary>
    private async Task<GateOutcome?> CheckVulnerabilitiesAsync(Evaluation state, CancellationToken cancellationToken)
    {
        var options = state.Options;
        var (reviewed, reviewRead, reviewError) = await ReadDependencyReviewAsync(state, cancellationToken).ConfigureAwait(false);
        if (reviewError is not null)
        {
            return reviewError;
        }

        if (options.OsvDatabase is null && options.OsvApi is not { Enabled: true })
        {
            var what = reviewRead ? $"Vulnerabilities of packages the change did not add were not checked (only the {DependencyReviewSource} was read)" : "Vulnerabilities were not checked";
            state.Findings.Add(new Finding(SupplyChainRules.VulnerabilitiesNotChecked, Severity.Warning, what + ": set 'osv_database' (an OSV directory or all.zip) or 'osv_api' in gates.supply-chain, or pass --osv-database or --osv-api.", state.Context.Section?.Location) { Title = "Vulnerabilities not checked" });
            if (!reviewRead)
            {
                return null;
            }

            state.VulnerabilitiesChecked = true;
            AddRows(state, reviewed, onBase: []);
            Judge(state);
            return null;
        }

        // Git, file: and workspace packages are not what the registry publishes under their name: not matched.
        var components = Checked(state, state.Head.Components).Where(c => c.FromRegistry).ToList();
        var baseComponents = state.Baseline is null ? [] : Checked(state, state.Baseline.Components).Where(c => c.FromRegistry).ToList();
        if (Checked(state, state.Head.Components).Count(c => !c.FromRegistry) is var local and > 0)
        {
            state.AdvisorySources.Add(string.Create(CultureInfo.InvariantCulture, $"{local} package(s) from git, file: or the workspace are not registry packages and are not matched against OSV"));
        }

        var (database, error) = await LoadAdvisoriesAsync(state, components.Concat(baseComponents).ToList(), cancellationToken).ConfigureAwait(false);
        if (database is null)
        {
            return error;
        }

        state.VulnerabilitiesChecked = true;
        var onBase = baseComponents.SelectMany(database.Match).Select(m => (m.Advisory.Id, m.Component.Key.ToUpperInvariant())).ToHashSet();
        var matches = components.SelectMany(database.Match).ToList();

        // GitHub's advisories on added packages that OSV (by id or alias) did not already report on the same package.
        var known = matches.SelectMany(m => m.Advisory.Aliases.Append(m.Advisory.Id).Select(id => (id, m.Component.Key.ToUpperInvariant()))).ToHashSet();
        AddRows(state, matches.Concat(reviewed.Where(r => !known.Contains((r.Advisory.Id, r.Component.Key.ToUpperInvariant())))), onBase);
        Judge(state);
        return null;
    }

    /// <summary>The rows of the matches, in report order: whether each is new on this change, and whether a live waiver covers it.</summary>
    private static void AddRows(Evaluation state, IEnumerable<VulnerabilityMatch> matches, HashSet<(string Id, string Key)> onBase)
    {
        var today = DateOnly.FromDateTime(state.Context.Clock.GetUtcNow().UtcDateTime);
        var waivers = state.Context.Config.WaiversFor(GateIds.SupplyChain).Where(w => !w.IsExpired(today)).Select(w => (Rule: new Glob(w.Rule), Path: new Glob(w.Path))).ToList();
        foreach (var match in matches.OrderBy(m => m.Advisory.Severity).ThenBy(m => m.Component.Purl, StringComparer.Ordinal).ThenBy(m => m.Advisory.Id, StringComparer.Ordinal))
        {
            var isNew = state.Baseline is null || !onBase.Contains((match.Advisory.Id, match.Component.Key.ToUpperInvariant()));
            var waived = waivers.Any(w => (w.Rule.IsMatch(match.Advisory.Id) || match.Advisory.Aliases.Any(w.Rule.IsMatch)) && (w.Path.Pattern is "**" or "*" || w.Path.IsMatch(match.Component.Location.Path)));
            state.Vulnerabilities.Add(new VulnerabilityRow(match, isNew, waived));
        }
    }

    /// <summary>The budgets over the rows, and a finding per row at the level its budget gives.</summary>
    private static void Judge(Evaluation state)
    {
        var options = state.Options;
        foreach (var severity in Severities.Known)
        {
            state.NewCounts[severity] = state.Vulnerabilities.Count(v => v.IsNew && !v.Waived && v.Match.Advisory.Severity == severity);
        }

        var overNew = Budget(state, options.MaxNew, "new", v => v.IsNew);
        var overTotal = Budget(state, options.MaxTotal, "total", _ => true);
        foreach (var row in state.Vulnerabilities)
        {
            var severity = row.Match.Advisory.Severity;
            var level = (row.IsNew && overNew.Contains(severity)) || overTotal.Contains(severity)
                ? Severity.Error
                : row.IsNew ? Severity.Warning : Severity.Note;
            state.Findings.Add(Describe(row, level));
        }
    }

    /// <summary>Adds a threshold per budgeted severity; returns the severities whose budget is exceeded.</summary>
    private static HashSet<VulnerabilitySeverity> Budget(Evaluation state, IReadOnlyDictionary<VulnerabilitySeverity, int> budget, string scope, Func<VulnerabilityRow, bool> counts)
    {
        var exceeded = new HashSet<VulnerabilitySeverity>();
        foreach (var (severity, max) in budget.OrderBy(b => b.Key))
        {
            var name = $"{scope}_{Severities.Name(severity)}";
            var actual = state.Vulnerabilities.Count(v => counts(v) && !v.Waived && v.Match.Advisory.Severity == severity);
            state.Thresholds.Add(new ThresholdResult(name, string.Create(CultureInfo.InvariantCulture, $"{name}<={max}"), actual, actual <= max));
            if (actual > max)
            {
                exceeded.Add(severity);
            }
        }

        return exceeded;
    }

    private static Finding Describe(VulnerabilityRow row, Severity level)
    {
        var (component, advisory, fixedIn) = row.Match;
        var severity = Severities.Name(advisory.Severity);
        var fix = fixedIn is not null ? $"fixed in {fixedIn}"
            : advisory.Source == DependencyReviewSource ? $"reported by the {DependencyReviewSource}, see the advisory for the fixed version"
            : "no fixed version is published";
        var origin = row.IsNew ? "introduced by this change" : "already on the base";
        var how = $"{(component.Direct ? "direct" : "transitive")}, {(component.Development ? "development" : "production")}{(component.Optional ? ", optional" : string.Empty)}{(component.Bundled ? ", bundled in another package" : string.Empty)}";
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["advisory_severity"] = severity,
            ["package"] = component.Name,
            ["version"] = component.Version,
            ["purl"] = component.Purl,
            ["new"] = row.IsNew ? "true" : "false",
            ["fixed_in"] = fixedIn ?? string.Empty,
            ["dependency"] = component.Direct ? "direct" : "transitive",
            ["environment"] = component.Development ? "development" : "production",
            ["optional"] = component.Optional ? "true" : "false",
            ["bundled"] = component.Bundled ? "true" : "false",
        };
        if (advisory.Score is { } score)
        {
            properties["cvss_score"] = score.ToString("0.0", CultureInfo.InvariantCulture);
            properties["cvss_rating"] = advisory.Rating.GetValueOrDefault().ToString().ToLower(CultureInfo.InvariantCulture);
            properties["cvss_version"] = advisory.CvssVersion ?? string.Empty;
        }

        if (advisory.Vector is not null)
        {
            properties["cvss_vector"] = advisory.Vector;
        }

        if (advisory.SeverityNotes.Count > 0)
        {
            properties["cvss_note"] = string.Join("; ", advisory.SeverityNotes);
        }

        return new Finding(
            advisory.Id,
            level,
            $"{component.Name} {component.Version} ({how}) has {severity} advisory {advisory.Id} ({advisory.Summary}), {origin}; {fix}.",
            component.Location.ToSource(),
            advisory.Id.StartsWith("GHSA-", StringComparison.Ordinal) ? $"https://github.com/advisories/{advisory.Id}" : $"https://osv.dev/vulnerability/{advisory.Id}",
            Properties: properties)
        {
            Title = $"{severity} {advisory.Id} in {component.Name}",
            Aliases = advisory.Aliases,
        };
    }

    private static IEnumerable<Inventory.Component> Checked(Evaluation state, IEnumerable<Inventory.Component> components) =>
        state.Options.IncludeDev ? components : components.Where(c => !c.Development);
}
