using System.Text.Json.Nodes;
using Toolkit.Core.Configuration;
using Toolkit.Gates.SupplyChain.Vulnerabilities;
using Toolkit.Gates.SupplyChain.Vulnerabilities.Api;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.SupplyChain;

/// <summary>Binds <see cref="SupplyChainOptions"/> from the gates.yml section and the command line, reporting every problem in one pass.</summary>
internal static class SupplyChainOptionsBinder
{
    private const string OsvApiKey = "osv_api";

    private static readonly SupplyChainOptions Defaults = new();

    // osv_api is off unless set, so its defaults are those of the settings it turns on.
    private static readonly OsvApiOptions OsvApiDefaults = new();

    /// <summary>The keys of the supply-chain section, each with the default <see cref="SupplyChainOptions"/> states.</summary>
    public static IReadOnlyList<OptionKey> Keys { get; } =
    [
        OptionKey.Of("base", Defaults.BaseRef),
        OptionKey.Of("sbom_formats", Defaults.SbomFormats),
        OptionKey.Of("dependency_review", DependencyReviewText(Defaults.DependencyReview)),
        OptionKey.Of("osv_database", Defaults.OsvDatabase),
        OptionKey.Without(OsvApiKey),
        OptionKey.Of("osv_api.enabled", OsvApiDefaults.Enabled),
        OptionKey.Of("osv_api.url", OsvApiDefaults.Url.OriginalString),
        OptionKey.Of("osv_api.cache", OsvApiDefaults.CacheDirectory),
        OptionKey.Of("osv_api.ttl", OsvApiDefaults.Ttl),
        OptionKey.Of("osv_api.offline", OsvApiDefaults.Offline),
        OptionKey.Of("osv_api.budget", OsvApiDefaults.Budget),
        OptionKey.Of("osv_api.concurrency", OsvApiDefaults.Concurrency),
        BudgetKey("max_new", Defaults.MaxNew),
        BudgetKey("max_total", Defaults.MaxTotal),
        OptionKey.Without("licenses"),
        OptionKey.Of("licenses.allow", Defaults.LicenseAllow),
        OptionKey.Of("licenses.deny", Defaults.LicenseDeny),
        OptionKey.Of("licenses.unknown", UnknownLicensesText(Defaults.UnknownLicenses)),
        OptionKey.Of("include_dev", Defaults.IncludeDev),
        OptionKey.Of("artifacts", Defaults.Artifacts),
        OptionKey.Of("attestations_dir", Defaults.AttestationsDirectory),
        OptionKey.Of("trusted_keys", Defaults.TrustedKeys),
        OptionKey.Of("manifests", Defaults.Manifests),
    ];

    /// <summary>The options, and every problem found in the section (file, line, column); the options are only usable when there are none.</summary>
    /// <param name="section">The supply-chain section of gates.yml, or null.</param>
    /// <param name="overrides">The command line's values, or null.</param>
    public static (SupplyChainOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(GateSection? section, SupplyChainOverrides? overrides)
    {
        var (configured, diagnostics) = section is null ? (Defaults, (IReadOnlyList<ConfigDiagnostic>)[]) : FromSection(section);
        return (Apply(overrides ?? new SupplyChainOverrides(), configured), diagnostics);
    }

    private static (SupplyChainOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) FromSection(GateSection section)
    {
        var reader = section.Reader();
        var formats = reader.Has("sbom_formats") ? reader.StringList("sbom_formats") : Defaults.SbomFormats;
        foreach (var format in formats.Where(f => f is not ("cyclonedx" or "spdx")))
        {
            reader.ReportAt("sbom_formats", $"'sbom_formats' lists '{format}'; use cyclonedx and/or spdx.", Suggestions.Nearest(format, ["cyclonedx", "spdx"]));
        }

        var licenses = reader.Mapping("licenses");
        var options = new SupplyChainOptions
        {
            SbomFormats = formats,
            OsvDatabase = reader.String("osv_database"),
            OsvApi = OsvApi(reader),
            MaxNew = Budget(reader, "max_new") ?? Defaults.MaxNew,
            MaxTotal = Budget(reader, "max_total") ?? Defaults.MaxTotal,
            LicenseAllow = licenses?.StringList("allow") ?? Defaults.LicenseAllow,
            LicenseDeny = licenses?.StringList("deny") ?? Defaults.LicenseDeny,
            UnknownLicenses = licenses?.Choice("unknown", UnknownLicensesText(Defaults.UnknownLicenses), "fail", "warn", "allow") switch
            {
                "fail" => UnknownLicenseMode.Fail,
                "allow" => UnknownLicenseMode.Allow,
                "warn" => UnknownLicenseMode.Warn,
                _ => Defaults.UnknownLicenses,
            },
            IncludeDev = reader.Bool("include_dev", Defaults.IncludeDev),
            Artifacts = reader.StringList("artifacts"),
            AttestationsDirectory = reader.String("attestations_dir"),
            TrustedKeys = reader.StringList("trusted_keys"),
            Manifests = reader.StringList("manifests"),
            BaseRef = reader.GitRef("base"),
            DependencyReview = reader.Choice("dependency_review", DependencyReviewText(Defaults.DependencyReview), "auto", "true", "false") switch
            {
                "true" => true,
                "false" => false,
                _ => null,
            },
        };
        licenses?.Finish();
        reader.Finish();
        return (options, reader.Diagnostics);
    }

    /// <summary>The command line's values over the file's; inside GitHub Actions the OSV API is the default source.</summary>
    private static SupplyChainOptions Apply(SupplyChainOverrides overrides, SupplyChainOptions options) => options with
    {
        BaseRef = overrides.BaseRef ?? options.BaseRef,
        OsvDatabase = overrides.OsvDatabase ?? options.OsvDatabase,
        OsvApi = Apply(overrides, options.OsvApi)
            ?? (overrides.InGitHubActions == true && (overrides.OsvDatabase ?? options.OsvDatabase) is null ? new OsvApiOptions() : null),
        SbomFormats = overrides.SbomFormats is { Count: > 0 } f ? f : options.SbomFormats,
        Artifacts = overrides.Artifacts is { Count: > 0 } a ? a : options.Artifacts,
        TrustedKeys = overrides.TrustedKeys is { Count: > 0 } k ? k : options.TrustedKeys,
    };

    private static OsvApiOptions? Apply(SupplyChainOverrides overrides, OsvApiOptions? configured)
    {
        if (overrides.OsvApi is null && overrides.OsvApiUrl is null && overrides.OsvOffline is null)
        {
            return configured;
        }

        // Any API option on the command line means "use it", even when gates.yml says enabled: false.
        var api = configured ?? new OsvApiOptions();
        return api with
        {
            Enabled = overrides.OsvApi ?? true,
            Url = overrides.OsvApiUrl ?? api.Url,
            Offline = overrides.OsvOffline ?? api.Offline,
        };
    }

    /// <summary><c>osv_api</c>: a mapping of settings, or <c>true</c>/<c>false</c> for the defaults; null when absent.</summary>
    private static OsvApiOptions? OsvApi(SectionReader section)
    {
        if (section.Raw(OsvApiKey) is YamlScalarNode { Value: { Length: > 0 } value } && value is not ("~" or "null"))
        {
            return OsvApiDefaults with { Enabled = section.Bool(OsvApiKey, Defaults.OsvApi is not null) };
        }

        var api = section.Mapping(OsvApiKey);
        if (api is null)
        {
            return null;
        }

        var options = new OsvApiOptions
        {
            Enabled = api.Bool("enabled", OsvApiDefaults.Enabled),
            Url = OsvApiUrl(api) ?? OsvApiDefaults.Url,
            CacheDirectory = api.String("cache") ?? OsvApiDefaults.CacheDirectory,
            Ttl = api.Duration("ttl", OsvApiDefaults.Ttl),
            Offline = api.Bool("offline", OsvApiDefaults.Offline),
            Budget = api.Duration("budget", OsvApiDefaults.Budget),
            Concurrency = api.Int("concurrency", OsvApiDefaults.Concurrency, min: 1, max: 64),
        };
        api.Finish();
        return options;
    }

    private static Uri? OsvApiUrl(SectionReader api)
    {
        var text = api.String("url");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        api.ReportAt("url", $"'url' must be an absolute http(s) URL such as {OsvApiOptions.DefaultUrl}, not '{text}'.");
        return null;
    }

    private static Dictionary<VulnerabilitySeverity, int>? Budget(SectionReader reader, string key)
    {
        if (reader.Raw(key) is YamlScalarNode scalar && !string.IsNullOrEmpty(scalar.Value))
        {
            // A single number is the budget of every severity: "max_new: 0" allows no new vulnerability at all.
            var all = reader.Int(key, 0, min: 0);
            return Severities.Known.ToDictionary(s => s, _ => all);
        }

        var mapping = reader.Mapping(key);
        if (mapping is null)
        {
            return null;
        }

        var budget = new Dictionary<VulnerabilitySeverity, int>();
        foreach (var severity in Severities.Known)
        {
            var name = Severities.Name(severity);
            if (mapping.Has(name))
            {
                budget[severity] = mapping.Int(name, 0, min: 0);
            }
        }

        // GitHub says "moderate"; CVSS says "medium": both are accepted.
        if (mapping.Has("medium") && !budget.ContainsKey(VulnerabilitySeverity.Moderate))
        {
            budget[VulnerabilitySeverity.Moderate] = mapping.Int("medium", 0, min: 0);
        }

        mapping.Finish();
        return budget;
    }

    /// <summary>A budget as gates.yml writes it: <c>{critical: 0, high: 0}</c>.</summary>
    private static OptionKey BudgetKey(string name, IReadOnlyDictionary<VulnerabilitySeverity, int> budget) =>
        new(name, new JsonObject(budget.OrderBy(b => b.Key).Select(b => KeyValuePair.Create(Severities.Name(b.Key), (JsonNode?)JsonValue.Create(b.Value)))));

    /// <summary>How gates.yml writes <see cref="SupplyChainOptions.UnknownLicenses"/>.</summary>
    private static string UnknownLicensesText(UnknownLicenseMode mode) => mode.ToString().ToLowerInvariant();

    private static string DependencyReviewText(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "auto",
    };
}
