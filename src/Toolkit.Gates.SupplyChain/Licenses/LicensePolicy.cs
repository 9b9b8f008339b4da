namespace Toolkit.Gates.SupplyChain.Licenses;

/// <summary>
/// Allow and deny lists of SPDX ids evaluated against whole expressions: <c>OR</c> lets the user pick the acceptable
/// branch, <c>AND</c> needs every part accepted. A list entry matches a license id (case-insensitive, <c>+</c> ignored)
/// or an exact <c>id WITH exception</c>.
/// </summary>
/// <param name="Allow">When not empty, only these licenses are acceptable.</param>
/// <param name="Deny">These licenses are never acceptable.</param>
internal sealed record LicensePolicy(IReadOnlyList<string> Allow, IReadOnlyList<string> Deny)
{
    public (LicenseDecision Decision, string Detail) Evaluate(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return (LicenseDecision.Unknown, "no license is declared");
        }

        if (SpdxExpression.TryParse(declared, out var error) is not { } expression)
        {
            return (LicenseDecision.Invalid, error ?? "not an SPDX expression");
        }

        var alternatives = expression.Alternatives();
        var deniedEverywhere = Deny.Count > 0 && alternatives.All(a => a.Any(l => Matches(Deny, l)));
        if (deniedEverywhere)
        {
            var denied = alternatives.SelectMany(a => a).Where(l => Matches(Deny, l)).Select(l => l.ToString()).Distinct(StringComparer.OrdinalIgnoreCase);
            return (LicenseDecision.Denied, "denied: " + string.Join(", ", denied));
        }

        var usable = alternatives.Where(a => !a.Any(l => Matches(Deny, l))).ToList();
        if (Allow.Count > 0 && !usable.Any(a => a.All(l => Matches(Allow, l))))
        {
            var outside = usable.SelectMany(a => a).Where(l => !Matches(Allow, l)).Select(l => l.ToString()).Distinct(StringComparer.OrdinalIgnoreCase);
            return (LicenseDecision.NotAllowed, "not on the allow list: " + string.Join(", ", outside));
        }

        return (LicenseDecision.Allowed, "allowed");
    }

    private static bool Matches(IReadOnlyList<string> list, SpdxLicense license) =>
        list.Any(entry =>
            string.Equals(entry, license.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(entry, license.Id + "+", StringComparison.OrdinalIgnoreCase)
            || (license.Exception is not null && string.Equals(entry, $"{license.Id} WITH {license.Exception}", StringComparison.OrdinalIgnoreCase)));
}
