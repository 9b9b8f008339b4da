namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>What <c>querybatch</c> returns per advisory: its id and when it was last modified (RFC 3339).</summary>
internal sealed record OsvVulnRef(string Id, string? Modified);
