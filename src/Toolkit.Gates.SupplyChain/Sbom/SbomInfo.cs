namespace Toolkit.Gates.SupplyChain.Sbom;

/// <summary>What an SBOM describes besides its components: the subject's name and when it was made.</summary>
/// <param name="Name">The repository (or product) name.</param>
/// <param name="Timestamp">Creation time; the only part of the document that changes between runs on the same input.</param>
/// <param name="ToolVersion">The toolkit version written as the creating tool.</param>
internal sealed record SbomInfo(string Name, DateTimeOffset Timestamp, string ToolVersion);
