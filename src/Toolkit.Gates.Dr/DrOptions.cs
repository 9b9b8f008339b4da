namespace Toolkit.Gates.Dr;

/// <summary>The options of dr-freshness (gates.yml section <c>dr-freshness</c>), each default stated here once.</summary>
public sealed record DrOptions
{
    /// <summary>The Prometheus base URL the backup timestamps are read from. <value>The default is null: required when a system is listed.</value></summary>
    public Uri? PrometheusUrl { get; init; }

    /// <summary>The folder (relative to the repository) of drill records (<c>*.json</c>). <value>The default is <c>dr</c>.</value></summary>
    public string Drills { get; init; } = "dr";

    /// <summary>The oldest a system's last passing drill may be. <value>The default is 90 days (a quarterly drill).</value></summary>
    public TimeSpan MaxDrillAge { get; init; } = TimeSpan.FromDays(90);

    /// <summary>The systems to check. <value>The default is none, which is an error: there is nothing to check.</value></summary>
    public IReadOnlyList<DrSystem> Systems { get; init; } = [];

    /// <summary>The evaluation time, so a re-run sees the same data. <value>The default is null: now.</value></summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>How long one Prometheus query may take. <value>The default is 30 seconds.</value></summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The name of an environment variable holding a bearer token for Prometheus. <value>The default is null: no auth.</value></summary>
    public string? BearerTokenEnv { get; init; }
}
