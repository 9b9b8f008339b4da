namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>Per-request retry bookkeeping, carried in the Polly context so the pipeline itself stays shared.</summary>
internal sealed class OsvRetryState
{
    public int Failures { get; set; }

    /// <summary>The delay the policy chose for the retry it just allowed.</summary>
    public TimeSpan NextDelay { get; set; }

    /// <summary>Set when the next wait would have gone past the budget: how long had been spent.</summary>
    public TimeSpan? GaveUpAfter { get; set; }

    /// <summary>Set when it gave up because the host refused the connection or did not resolve, not for time.</summary>
    public bool Unreachable { get; set; }
}
