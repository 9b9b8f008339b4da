namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>One entry of <c>queries[]</c>; <see cref="PageToken"/> asks for the next page of an earlier answer.</summary>
internal sealed record OsvWireQuery(OsvWirePackage Package, string Version, string? PageToken);
