namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>One question to OSV: which advisories name this package version (ecosystem as OSV names it).</summary>
internal sealed record OsvPackageQuery(string Ecosystem, string Name, string Version)
{
    public override string ToString() => $"{Ecosystem} {Name} {Version}";
}
