namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>One entry of <c>results[]</c>, at the index of its query; an empty object when nothing matched.</summary>
internal sealed record OsvBatchResult(IReadOnlyList<OsvVulnRef>? Vulns, string? NextPageToken);
