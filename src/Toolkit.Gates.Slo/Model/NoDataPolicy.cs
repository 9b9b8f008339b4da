namespace Toolkit.Gates.Slo.Model;

/// <summary>What an SLI with no data (empty result, NaN, API error) means. The default fails closed.</summary>
internal enum NoDataPolicy
{
    /// <summary>The gate could not evaluate: verdict <c>error</c>.</summary>
    Error,

    /// <summary>Reported as a warning.</summary>
    Warn,

    /// <summary>Reported as a note; the SLI is skipped.</summary>
    Pass,
}
