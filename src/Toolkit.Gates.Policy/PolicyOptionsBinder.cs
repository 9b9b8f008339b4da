using System.Text.Json.Nodes;
using Toolkit.Core.Configuration;
using Toolkit.Gates.Policy.Alerts.Live;

namespace Toolkit.Gates.Policy;

/// <summary>
/// Binds <see cref="PolicyOptions"/> from the <c>policy-ci</c> section of gates.yml and the command line (whose values
/// win), reporting every problem in one pass.
/// </summary>
internal static class PolicyOptionsBinder
{
    /// <summary>Where problems of the command line's values are reported.</summary>
    public const string CommandLine = ConfigDiagnostic.CommandLine;

    private static readonly PolicyOptions Defaults = new();

    /// <summary>The keys of the policy-ci section, each with the default <see cref="PolicyOptions"/> states.</summary>
    public static IReadOnlyList<OptionKey> Keys { get; } =
    [
        OptionKey.Of("paths", Defaults.Paths),
        OptionKey.Of("exclude", Defaults.Exclude),
        OptionKey.Of("packs", Defaults.Packs),
        OptionKey.Of("disabled_rules", Defaults.DisabledRules),
        OptionKey.Of("custom_rules", Defaults.CustomRules),
        OptionKey.Of("image_sizes", Defaults.ImageSizes),
        new OptionKey("max_image_mb", new JsonObject([.. Defaults.MaxImageMb.Select(b => KeyValuePair.Create(b.Key, (JsonNode?)JsonValue.Create(b.Value)))])),
        OptionKey.Of("require_codeowners", Defaults.RequireCodeowners),
        OptionKey.Of("conventional_title", Defaults.ConventionalTitle),
        OptionKey.Of("conventional_types", Defaults.ConventionalTypes),
        OptionKey.Of("alert_owner_labels", Defaults.AlertOwnerLabels),
        OptionKey.Of("paging_severities", Defaults.PagingSeverities),
        OptionKey.Of("scrape_interval", Defaults.ScrapeInterval),
        OptionKey.Of("branch_protection", Defaults.BranchProtection),
        OptionKey.Of("protected_branch", Defaults.ProtectedBranch),
        OptionKey.Of("allowed_unpinned_uses", Defaults.AllowedUnpinnedUses),
        OptionKey.Without("prometheus_url"),
        OptionKey.Of("alert_history", Defaults.AlertHistory),
        OptionKey.Of("evaluation_interval", Defaults.EvaluationInterval),
        OptionKey.Of("max_firings_per_day", Defaults.MaxFiringsPerDay),
    ];

    /// <summary>The problems of the gates.yml section alone (what <c>gate config validate</c> reports).</summary>
    public static IReadOnlyList<ConfigDiagnostic> Validate(GateSection section) => Bind(section, null).Diagnostics;

    /// <summary>The options, and every problem found (file, line, column); the options are only usable when there are none.</summary>
    /// <param name="section">The policy-ci section of gates.yml, or null.</param>
    /// <param name="overrides">The command line's values, or null. An empty list counts as not set; disabled rules add to the configured ones.</param>
    public static (PolicyOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(GateSection? section, PolicyOverrides? overrides)
    {
        overrides ??= new PolicyOverrides();
        var diagnostics = new List<ConfigDiagnostic>();
        var options = new PolicyOptions();
        if (section is not null)
        {
            var reader = section.Reader();
            options = Read(reader, options);
            diagnostics.AddRange(reader.Diagnostics);
        }

        var url = options.PrometheusUrl;
        if (overrides.PrometheusUrl is { } text)
        {
            url = PrometheusUrls.Parse(text);
            if (url is null)
            {
                diagnostics.Add(new ConfigDiagnostic(CommandLine, 0, 0, $"--prometheus-url '{text}' is not an http(s) URL. Fix: pass e.g. --prometheus-url http://prometheus:9090."));
            }
        }

        options = options with
        {
            Paths = overrides.Paths is { Count: > 0 } paths ? paths : options.Paths,
            Packs = overrides.Packs is { Count: > 0 } packs ? packs : options.Packs,
            DisabledRules = overrides.DisabledRules is { Count: > 0 } disabled ? [.. options.DisabledRules, .. disabled] : options.DisabledRules,
            CustomRules = overrides.CustomRules is { Count: > 0 } custom ? custom : options.CustomRules,
            ImageSizes = overrides.ImageSizes ?? options.ImageSizes,
            PrometheusUrl = url,
            BaseRef = overrides.BaseRef ?? options.BaseRef,
        };

        // The section's packs were reported at their line; these came from the command line.
        var unknown = overrides.Packs is { Count: > 0 } ? options.Packs.Where(p => !PolicyPacks.All.Contains(p, StringComparer.Ordinal)).ToList() : [];
        if (unknown.Count > 0)
        {
            diagnostics.Add(new ConfigDiagnostic(CommandLine, 0, 0, $"Unknown pack(s) {string.Join(", ", unknown)}. Fix: use any of {string.Join(", ", PolicyPacks.All)}."));
        }

        return (options, diagnostics);
    }

    private static PolicyOptions Read(SectionReader reader, PolicyOptions defaults)
    {
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

        // A rule may be named by its former id (before the policy/ prefix) too.
        foreach (var rule in options.DisabledRules.Where(r => PolicyRules.Find(r) is null))
        {
            var nearest = Suggestions.Nearest(rule, PolicyRules.All.SelectMany(r => r.FormerId is { } former ? new[] { r.Id, former } : [r.Id]));
            reader.ReportAt("disabled_rules", $"unknown rule '{rule}'.", nearest is null ? null : PolicyRules.CurrentId(nearest));
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
