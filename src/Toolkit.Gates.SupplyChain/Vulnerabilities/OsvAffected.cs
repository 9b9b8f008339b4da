namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>One <c>affected[]</c> entry of an OSV record: the package, its ranges and explicitly listed versions.</summary>
internal sealed record OsvAffected(string Ecosystem, string Name, IReadOnlyList<OsvRange> Ranges, IReadOnlyList<string> Versions)
{
    /// <summary><c>affected[].database_specific.severity</c> or <c>ecosystem_specific.severity</c>, when given.</summary>
    public string? Severity { get; init; }
}
