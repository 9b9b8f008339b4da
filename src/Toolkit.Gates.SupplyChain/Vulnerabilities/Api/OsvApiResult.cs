namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>The OSV records naming the components, ordered by id, and how they were obtained.</summary>
internal sealed record OsvApiResult(IReadOnlyList<OsvApiRecord> Records, OsvApiStats Stats);
