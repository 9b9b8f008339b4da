using Toolkit.Core.Configuration;
using Toolkit.Gates.Policy.Rules;

namespace Toolkit.Gates.Policy;

/// <summary>Binds the <c>policy-ci</c> section of gates.yml onto <see cref="PolicyOptions"/>, collecting every problem.</summary>
internal static class PolicyOptionsBinder
{
    /// <summary>The keys the section may have.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "paths", "exclude", "packs", "disabled_rules", "custom_rules", "image_sizes", "max_image_mb", "require_codeowners",
        "conventional_title", "conventional_types", "alert_owner_labels", "paging_severities", "branch_protection", "protected_branch", "allowed_unpinned_uses",
        "scrape_interval", "prometheus_url", "alert_history", "evaluation_interval", "max_firings_per_day",
    ];

    /// <summary>Reads the section over <paramref name="defaults"/>; problems are in <paramref name="reader"/>'s diagnostics.</summary>
    public static PolicyOptions Bind(SectionReader reader, PolicyOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(defaults);
        var options = defaults with
        {
            Paths = Or(reader.StringList("paths"), defaults.Paths),
            Exclude = Or(reader.StringList("exclude"), defaults.Exclude),
            Packs = Or(reader.StringList("packs"), defaults.Packs),
            DisabledRules = Or(reader.StringList("disabled_rules"), defaults.DisabledRules),
            CustomRules = Or(reader.StringList("custom_rules"), defaults.CustomRules),
            ImageSizes = reader.String("image_sizes", defaults.ImageSizes),
            RequireCodeowners = reader.Bool("require_codeowners", defaults.RequireCodeowners),
            ConventionalTitle = reader.Bool("conventional_title", defaults.ConventionalTitle),
            ConventionalTypes = Or(reader.StringList("conventional_types"), defaults.ConventionalTypes),
            AlertOwnerLabels = Or(reader.StringList("alert_owner_labels"), defaults.AlertOwnerLabels),
            PagingSeverities = Or(reader.StringList("paging_severities"), defaults.PagingSeverities),
            ScrapeInterval = reader.Duration("scrape_interval", defaults.ScrapeInterval),
            BranchProtection = reader.Bool("branch_protection", defaults.BranchProtection),
            ProtectedBranch = reader.String("protected_branch", defaults.ProtectedBranch),
            AllowedUnpinnedUses = Or(reader.StringList("allowed_unpinned_uses"), defaults.AllowedUnpinnedUses),
            AlertHistory = reader.Duration("alert_history", defaults.AlertHistory),
            EvaluationInterval = reader.Duration("evaluation_interval", defaults.EvaluationInterval),
            MaxFiringsPerDay = reader.Double("max_firings_per_day", defaults.MaxFiringsPerDay, min: 0),
        };

        if (reader.String("prometheus_url") is { } url)
        {
            if (PrometheusUrls.Parse(url) is { } uri)
            {
                options = options with { PrometheusUrl = uri };
            }
            else
            {
                reader.ReportAt("prometheus_url", $"prometheus_url '{url}' is not an http(s) URL; use e.g. http://prometheus:9090.");
            }
        }

        foreach (var (key, value) in new[] { ("alert_history", options.AlertHistory), ("evaluation_interval", options.EvaluationInterval) }.Where(d => d.Item2 <= TimeSpan.Zero))
        {
            reader.ReportAt(key, $"{key} must be a positive duration, not {value}.");
        }

        foreach (var pack in options.Packs.Where(p => !PolicyPacks.All.Contains(p, StringComparer.Ordinal)))
        {
            reader.ReportAt("packs", $"unknown pack '{pack}'; packs are {string.Join(", ", PolicyPacks.All)}.", Suggestions.Nearest(pack, PolicyPacks.All));
        }

        foreach (var rule in options.DisabledRules.Where(r => RuleCatalog.Find(r) is null))
        {
            reader.ReportAt("disabled_rules", $"unknown rule '{rule}'.", Suggestions.Nearest(rule, RuleCatalog.All.Select(r => r.Id)));
        }

        if (reader.Mapping("max_image_mb") is { } budgets)
        {
            var map = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (key, _) in budgets.Node.Children)
            {
                var name = key.ToString();
                map[name] = budgets.Double(name, 0, min: 0.001);
            }

            options = options with { MaxImageMb = map };
        }

        reader.Finish();
        return options;
    }

    private static IReadOnlyList<string> Or(IReadOnlyList<string> value, IReadOnlyList<string> fallback) => value.Count > 0 ? value : fallback;
}
