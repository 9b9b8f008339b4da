namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>
/// How the gate may ask the OSV API (<c>osv_api</c> in gates.supply-chain). Absent means no network at all: only the
/// offline database is read.
/// </summary>
public sealed record OsvApiOptions
{
    public const string DefaultUrl = "https://api.osv.dev";

    /// <summary>The API's limit on queries per <c>querybatch</c> request.</summary>
    public const int MaxBatchSize = 1000;

    /// <summary>Whether the API (or, offline, its cache) is used. <value>The default value is true.</value></summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The API root; a mirror or a test server. <value>The default value is <c>https://api.osv.dev</c>.</value></summary>
    public Uri Url { get; init; } = new(DefaultUrl);

    /// <summary>The on-disk cache, relative to the repository. <value>The default value is <c>.cache/osv</c>.</value></summary>
    public string CacheDirectory { get; init; } = ".cache/osv";

    /// <summary>How long a cached answer about one package version is reused. <value>The default value is 24 hours.</value></summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Use the cache only, never the network; a component without a cached answer is an error (fail closed), a
    /// cached answer older than the TTL is used and counted as stale. <value>The default value is false.</value>
    /// </summary>
    public bool Offline { get; init; }

    /// <summary>The total time the lookup may take, retry waits included. <value>The default value is 2 minutes.</value></summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How many records are fetched at once. <value>The default value is 8.</value></summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>How long one HTTP attempt may take (real time). <value>The default value is 30 seconds.</value></summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first backoff delay after a 5xx or connection failure. <value>The default value is 1 second.</value></summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest single backoff delay. <value>The default value is 30 seconds.</value></summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An upper bound on retries of one request; the budget normally stops them first. <value>The default value is 10.</value></summary>
    public int MaxRetryAttempts { get; init; } = 10;

    /// <summary>Queries per <c>querybatch</c> request, at most <see cref="MaxBatchSize"/>.</summary>
    public int BatchSize { get; init; } = MaxBatchSize;
}
