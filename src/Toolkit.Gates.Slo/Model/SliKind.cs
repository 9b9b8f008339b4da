namespace Toolkit.Gates.Slo.Model;

/// <summary>The two kinds of SLI a golden path can have.</summary>
internal enum SliKind
{
    /// <summary>Error (or good) events over total events, with an objective and an error budget.</summary>
    Ratio,

    /// <summary>Latency quantiles in seconds, judged by thresholds only.</summary>
    Latency,
}
