namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>The body of <c>POST /v1/querybatch</c>.</summary>
internal sealed record OsvBatchRequest(IReadOnlyList<OsvWireQuery> Queries);
