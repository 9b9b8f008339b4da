namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary><c>queries[].package</c> of a <c>querybatch</c> request.</summary>
internal sealed record OsvWirePackage(string Name, string Ecosystem);
