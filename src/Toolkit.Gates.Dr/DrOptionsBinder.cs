using Toolkit.Core.Configuration;

namespace Toolkit.Gates.Dr;

/// <summary>Binds <see cref="DrOptions"/> from the gates.yml section and the command line, reporting every problem in one pass.</summary>
internal static class DrOptionsBinder
{
    private static readonly DrOptions Defaults = new();

    /// <summary>The keys of the dr-freshness section, each with the default <see cref="DrOptions"/> states.</summary>
    public static IReadOnlyList<OptionKey> Keys { get; } =
    [
        OptionKey.Without("prometheus_url"),
        OptionKey.Without("bearer_token_env"),
        OptionKey.Of("query_timeout", Defaults.QueryTimeout),
        OptionKey.Of("drills", Defaults.Drills),
        OptionKey.Of("max_drill_age", Defaults.MaxDrillAge),
        OptionKey.Without("at"),
        OptionKey.Without("systems"),
    ];

    /// <summary>The problems gates.yml alone must get right when it loads (the command line may still supply the URL).</summary>
    public static IReadOnlyList<ConfigDiagnostic> Validate(GateSection section) => Bind(section, null, sectionOnly: true).Diagnostics;

    /// <summary>The options, and every problem found (file, line, column); the options are only usable when there are none.</summary>
    /// <param name="section">The dr-freshness section of gates.yml, or null.</param>
    /// <param name="overrides">The command line's values, or null.</param>
    public static (DrOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(GateSection? section, DrOverrides? overrides) =>
        Bind(section, overrides, sectionOnly: false);

    private static (DrOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(GateSection? section, DrOverrides? overrides, bool sectionOnly)
    {
        overrides ??= new DrOverrides();
        var diagnostics = new List<ConfigDiagnostic>();
        var options = new DrOptions();
        string? prometheus = null, at = null;
        if (section is not null)
        {
            var r = section.Reader();
            prometheus = r.String("prometheus_url");
            at = r.String("at");
            options = options with
            {
                Drills = r.String("drills", options.Drills)!,
                MaxDrillAge = r.Duration("max_drill_age", options.MaxDrillAge),
                QueryTimeout = r.Duration("query_timeout", options.QueryTimeout),
                BearerTokenEnv = r.String("bearer_token_env"),
                Systems = Systems(r),
            };
            r.Finish();
            diagnostics.AddRange(r.Diagnostics);
        }

        var file = section?.File ?? "command line";
        options = options with
        {
            PrometheusUrl = Url(overrides.PrometheusUrl ?? prometheus, overrides.PrometheusUrl is null ? "prometheus_url" : "--prometheus-url", file, diagnostics),
            Drills = overrides.Drills ?? options.Drills,
            MaxDrillAge = MaxDrillAge(overrides.MaxDrillAge, options.MaxDrillAge, diagnostics),
            At = overrides.At is null ? Time(at, file, "at", diagnostics) : Time(overrides.At, "command line", "--at", diagnostics),
        };
        if (options.Systems.Count == 0)
        {
            diagnostics.Add(new ConfigDiagnostic(file, section?.Location.Line ?? 0, section?.Location.Column ?? 0,
                "dr-freshness lists no systems, so there is nothing to check; add systems: [{name, backup_timestamp, rpo, rto}]."));
        }
        else if (options.PrometheusUrl is null && !sectionOnly)
        {
            diagnostics.Add(new ConfigDiagnostic(file, section?.Location.Line ?? 0, section?.Location.Column ?? 0,
                "dr-freshness needs prometheus_url (or --prometheus-url) to read each system's last backup time."));
        }

        return (options, diagnostics);
    }

    private static List<DrSystem> Systems(SectionReader reader)
    {
        var systems = new List<DrSystem>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in reader.MappingList("systems"))
        {
            var name = entry.RequiredString("name");
            var query = entry.RequiredString("backup_timestamp");
            var rpo = entry.Duration("rpo", TimeSpan.Zero);
            var rto = entry.Duration("rto", TimeSpan.Zero);
            foreach (var (key, value) in new[] { ("rpo", rpo), ("rto", rto) }.Where(d => d.Item2 <= TimeSpan.Zero && !entry.Has(d.Item1)))
            {
                entry.ReportAt(key, $"system '{name}' needs {key} (a duration such as 5m or 30m).");
            }

            if (name.Length > 0 && !names.Add(name))
            {
                entry.ReportAt("name", $"system '{name}' is listed twice.");
            }

            entry.Finish();
            systems.Add(new DrSystem(name, query, rpo, rto, entry.Location));
        }

        return systems;
    }

    private static Uri? Url(string? text, string name, string file, List<ConfigDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        diagnostics.Add(new ConfigDiagnostic(file, 0, 0, $"{name} '{text}' is not an http(s) URL."));
        return null;
    }

    private static TimeSpan MaxDrillAge(string? text, TimeSpan fallback, List<ConfigDiagnostic> diagnostics)
    {
        if (text is null)
        {
            return fallback;
        }

        if (ConfigDurations.TryParse(text, out var value))
        {
            return value;
        }

        diagnostics.Add(new ConfigDiagnostic("command line", 0, 0, $"--max-drill-age '{text}' is not a duration; use e.g. 30d or 12w."));
        return fallback;
    }

    private static DateTimeOffset? Time(string? text, string file, string name, List<ConfigDiagnostic> diagnostics)
    {
        if (text is null)
        {
            return null;
        }

        if (ConfigTimes.Parse(text) is { } time)
        {
            return time;
        }

        diagnostics.Add(new ConfigDiagnostic(file, 0, 0, $"{name} '{text}' is not a time; use {ConfigTimes.Forms}."));
        return null;
    }
}
