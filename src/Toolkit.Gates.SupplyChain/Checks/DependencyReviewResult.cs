using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>
/// What GitHub's dependency review said: the advisories on added dependencies as matches, whether it was read at all,
/// the report lines about it (also when it was not read) and its metrics (<c>dependency_review.*</c>).
/// </summary>
internal sealed record DependencyReviewResult(IReadOnlyList<VulnerabilityMatch> Matches, bool Read, IReadOnlyList<string> Sources, IReadOnlyDictionary<string, double> Metrics)
{
    /// <summary>Not asked: nothing read, nothing to say.</summary>
    public static DependencyReviewResult NotAsked { get; } = new([], false, [], new Dictionary<string, double>());

    /// <summary>Not read, for the reason given in the report.</summary>
    public static DependencyReviewResult NotRead(string why) => new([], false, [$"{DependencyReviewCheck.Source} not read: {why}"], new Dictionary<string, double>());
}
