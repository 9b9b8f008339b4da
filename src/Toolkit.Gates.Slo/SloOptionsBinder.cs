using Toolkit.Core.Configuration;

namespace Toolkit.Gates.Slo;

/// <summary>Binds <see cref="SloOptions"/> from the gates.yml section and the command line, collecting every problem.</summary>
internal static class SloOptionsBinder
{
    private static readonly SloOptions Defaults = new();

    /// <summary>The keys of the slo-gates section, each with the default <see cref="SloOptions"/> states.</summary>
    public static IReadOnlyList<OptionKey> Keys { get; } =
    [
        OptionKey.Of("golden_paths", Defaults.GoldenPaths),
        OptionKey.Without("prometheus_url"),
        OptionKey.Without("base_url"),
        OptionKey.Without("at"),
        OptionKey.Of("bearer_token_env", Defaults.BearerTokenEnv),
        OptionKey.Of("basic_auth_user", Defaults.BasicAuthUser),
        OptionKey.Of("basic_auth_password_env", Defaults.BasicAuthPasswordEnv),
        OptionKey.Of("query_timeout", Defaults.QueryTimeout),
        OptionKey.Of("max_concurrency", Defaults.MaxConcurrency),
        OptionKey.Of("probe_count", Defaults.ProbeCount),
        OptionKey.Of("probe_budget", Defaults.ProbeBudget),
        OptionKey.Of("ticket", Ticket(Defaults.TicketFails)),
        OptionKey.Of("default_thresholds", Defaults.DefaultThresholds),
        OptionKey.Of("baseline_selector", Defaults.BaselineSelector),
        OptionKey.Of("canary_selector", Defaults.CanarySelector),
    ];

    /// <summary>The options, and every problem found (file, line, column); the options are only usable when there are none.</summary>
    /// <param name="section">The slo-gates section of gates.yml, or null.</param>
    /// <param name="overrides">The command line's values, or null.</param>
    public static (SloOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(GateSection? section, SloOverrides? overrides)
    {
        overrides ??= new SloOverrides();
        var diagnostics = new List<ConfigDiagnostic>();
        var options = new SloOptions();
        string? prometheus = null, baseUrl = null, at = null;
        SectionReader? r = null;
        if (section is not null)
        {
            r = section.Reader();
            prometheus = r.String("prometheus_url");
            baseUrl = r.String("base_url");
            at = r.String("at");
            options = options with
            {
                GoldenPaths = r.String("golden_paths", options.GoldenPaths)!,
                BearerTokenEnv = r.String("bearer_token_env"),
                BasicAuthUser = r.String("basic_auth_user"),
                BasicAuthPasswordEnv = r.String("basic_auth_password_env"),
                QueryTimeout = r.Duration("query_timeout", options.QueryTimeout),
                MaxConcurrency = r.Int("max_concurrency", options.MaxConcurrency, 1, 64),
                ProbeCount = r.Int("probe_count", options.ProbeCount, 1, 10_000),
                ProbeBudget = r.Duration("probe_budget", options.ProbeBudget),
                TicketFails = r.Choice("ticket", Ticket(options.TicketFails), "warn", "fail") == "fail",
                DefaultThresholds = r.Has("default_thresholds") ? r.StringList("default_thresholds") : options.DefaultThresholds,
                BaselineSelector = r.String("baseline_selector"),
                CanarySelector = r.String("canary_selector"),
            };
            r.Finish();
            diagnostics.AddRange(r.Diagnostics);
        }

        var file = section?.File ?? "command line";
        options = options with
        {
            GoldenPaths = overrides.GoldenPaths ?? options.GoldenPaths,
            PrometheusUrl = Url(overrides.PrometheusUrl ?? prometheus, "prometheus_url", file, diagnostics),
            BaseUrl = Url(overrides.BaseUrl ?? baseUrl, "base_url", file, diagnostics),
            At = overrides.At is not null ? Time(overrides.At, "--at (command line)", diagnostics) : Time(at, file, diagnostics),
            BaselineSelector = overrides.BaselineSelector ?? options.BaselineSelector,
            CanarySelector = overrides.CanarySelector ?? options.CanarySelector,
        };
        if ((options.BaselineSelector is null) != (options.CanarySelector is null))
        {
            diagnostics.Add(new ConfigDiagnostic(file, 0, 0, "canary comparison needs both baseline_selector and canary_selector (--baseline-selector, --canary-selector)."));
        }

        var (thresholds, thresholdProblems) = Loading.DefaultThresholds.Parse(options.DefaultThresholds, section, r);
        diagnostics.AddRange(thresholdProblems);
        options = options with { ParsedDefaultThresholds = thresholds };

        return (options, diagnostics);
    }

    /// <summary>What <see cref="ParseTime"/> accepts, for messages.</summary>
    public const string TimeForms = ConfigTimes.Forms;

    /// <summary>RFC 3339 (<c>2026-11-21T12:00:00Z</c>) or Unix seconds between 1970 and 9999; null for anything else.</summary>
    public static DateTimeOffset? ParseTime(string text) => ConfigTimes.Parse(text);

    /// <summary>How gates.yml writes <see cref="SloOptions.TicketFails"/>.</summary>
    private static string Ticket(bool fails) => fails ? "fail" : "warn";

    private static Uri? Url(string? text, string key, string file, List<ConfigDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        diagnostics.Add(new ConfigDiagnostic(file, 0, 0, $"{key} '{text}' is not an http(s) URL."));
        return null;
    }

    private static DateTimeOffset? Time(string? text, string file, List<ConfigDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var time = ParseTime(text);
        if (time is null)
        {
            diagnostics.Add(new ConfigDiagnostic(file, 0, 0, $"at '{text}' is not a time; give {TimeForms}."));
        }

        return time;
    }
}
