namespace Toolkit.Core.Prometheus;

/// <summary>How to reach a Prometheus HTTP API.</summary>
/// <param name="BaseUrl">E.g. <c>http://127.0.0.1:9090</c>.</param>
public sealed record PrometheusOptions(Uri BaseUrl)
{
    /// <summary>Sent as <c>Authorization: Bearer</c> when set.</summary>
    public string? BearerToken { get; init; }

    /// <summary>Basic auth user; with <see cref="Password"/>.</summary>
    public string? Username { get; init; }

    /// <summary>Basic auth password; with <see cref="Username"/>.</summary>
    public string? Password { get; init; }

    /// <summary>Per-query timeout. The default value is 10 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Queries in flight at once. The default value is 8.</summary>
    public int MaxConcurrency { get; init; } = 8;
}
