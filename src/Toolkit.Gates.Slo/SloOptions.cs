namespace Toolkit.Gates.Slo;

/// <summary>
/// Options of the slo-gates gate, bound from the <c>slo-gates</c> section of <c>.github/gates.yml</c>; command-line
/// values win over the file.
/// </summary>
public sealed record SloOptions
{
    /// <summary>Golden paths file, relative to the repository root. The default value is <c>golden_paths.yaml</c>.</summary>
    public string GoldenPaths { get; init; } = "golden_paths.yaml";

    /// <summary>Prometheus base URL; required when any golden path has SLIs.</summary>
    public Uri? PrometheusUrl { get; init; }

    /// <summary>Base URL of the deployment probes hit (<c>${BASE_URL}</c>); required when any golden path has a probe.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Evaluation time; the default (null) is now. Fixing it makes a re-run see the same data.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>Name of the environment variable holding a bearer token for Prometheus. The default value is null (no auth).</summary>
    public string? BearerTokenEnv { get; init; }

    /// <summary>Basic-auth user for Prometheus; the password comes from <see cref="BasicAuthPasswordEnv"/>.</summary>
    public string? BasicAuthUser { get; init; }

    /// <summary>Name of the environment variable holding the basic-auth password.</summary>
    public string? BasicAuthPasswordEnv { get; init; }

    /// <summary>Per-query timeout. The default value is 10 seconds.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Prometheus queries in flight at once. The default value is 8.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>Requests per probe unless the probe says otherwise. The default value is 20.</summary>
    public int ProbeCount { get; init; } = 20;

    /// <summary>Time budget of each probe; requests stop when it is spent. The default value is 30 seconds.</summary>
    public TimeSpan ProbeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>True makes ticket-level (slow) burn fail instead of warn. The default value is false.</summary>
    public bool TicketFails { get; init; }

    /// <summary>Thresholds for golden paths that declare none. The default value is <c>burn==0</c>.</summary>
    public IReadOnlyList<string> DefaultThresholds { get; init; } = ["burn==0"];

    /// <summary><see cref="DefaultThresholds"/> parsed, set by <see cref="SloOptionsBinder"/> (which reports any that does not parse).</summary>
    internal IReadOnlyList<Model.Threshold> ParsedDefaultThresholds { get; init; } = [];

    /// <summary>Label matchers of the baseline, e.g. <c>track="stable"</c>; with <see cref="CanarySelector"/> enables canary comparison.</summary>
    public string? BaselineSelector { get; init; }

    /// <summary>Label matchers of the canary, e.g. <c>track="canary"</c>.</summary>
    public string? CanarySelector { get; init; }
}
