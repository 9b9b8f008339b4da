namespace Toolkit.Core.Reporting;

/// <summary>The limits a SARIF report is kept within; the defaults are GitHub code scanning's upload limits.</summary>
public sealed record SarifOptions
{
    /// <summary>GitHub's limits.</summary>
    public static SarifOptions Default { get; } = new();

    /// <summary>
    /// The most results in the run; the most severe are kept and the rest counted in a note.
    /// <value>The default value is 25,000.</value>
    /// </summary>
    public int MaxResults { get; init; } = 25_000;

    /// <summary>
    /// The most bytes the gzip-compressed file may take; results are dropped until it fits.
    /// <value>The default value is 10,000,000 (GitHub's 10 MB, read conservatively).</value>
    /// </summary>
    public long MaxGzipBytes { get; init; } = 10_000_000;
}
