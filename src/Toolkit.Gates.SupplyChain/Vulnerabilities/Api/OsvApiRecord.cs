namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>One full OSV record the API (or its cache) gave, and where it came from (URL or cache file) for messages.</summary>
internal sealed record OsvApiRecord(string Id, byte[] Json, string Source);
