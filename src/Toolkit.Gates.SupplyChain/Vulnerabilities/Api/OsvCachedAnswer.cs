namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>A cached <c>querybatch</c> answer about one package version, and when it was fetched (for the TTL).</summary>
internal sealed record OsvCachedAnswer(string Ecosystem, string Name, string Version, DateTimeOffset Fetched, IReadOnlyList<OsvVulnRef> Vulns);
