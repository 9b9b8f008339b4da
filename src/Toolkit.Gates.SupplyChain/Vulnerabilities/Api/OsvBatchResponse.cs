namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>The answer to <c>POST /v1/querybatch</c>: one result per query, in the order of the queries.</summary>
internal sealed record OsvBatchResponse(IReadOnlyList<OsvBatchResult>? Results);
