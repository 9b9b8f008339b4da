namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>An OSV range: its type (<c>SEMVER</c>, <c>ECOSYSTEM</c>, <c>GIT</c>) and events.</summary>
internal sealed record OsvRange(string Type, IReadOnlyList<OsvEvent> Events);
