namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>One OSV range event: <c>introduced</c>, <c>fixed</c>, <c>last_affected</c> or <c>limit</c> at a version.</summary>
internal sealed record OsvEvent(string Kind, string Version)
{
    public const string Introduced = "introduced";
    public const string Fixed = "fixed";
    public const string LastAffected = "last_affected";
    public const string Limit = "limit";
}
