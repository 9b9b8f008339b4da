using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Licenses;

namespace Toolkit.Gates.SupplyChain.Gate;

public sealed partial class SupplyChainGate
{
    /// <summary>Evaluates every head component's license expression against the allow/deny lists.</summary>
    private static void CheckLicenses(Evaluation state)
    {
        var options = state.Options;
        var policy = new LicensePolicy(options.LicenseAllow, options.LicenseDeny);
        foreach (var component in Checked(state, state.Head.Components))
        {
            var (decision, detail) = policy.Evaluate(component.License);
            state.LicenseRows.Add((component, decision == LicenseDecision.Allowed ? "allowed" : $"{decision.ToString().ToLowerInvariant()}: {detail}"));
            var where = component.Location.ToSource();
            switch (decision)
            {
                case LicenseDecision.Denied:
                    state.LicenseViolations++;
                    state.Findings.Add(new Finding(SupplyChainRules.LicenseDenied, Severity.Error, $"{component.Name} {component.Version} is licensed '{component.License}', {detail}; replace the package or change 'licenses.deny'.", where) { Title = $"Denied license in {component.Name}" });
                    break;
                case LicenseDecision.NotAllowed:
                    state.LicenseViolations++;
                    state.Findings.Add(new Finding(SupplyChainRules.LicenseNotAllowed, Severity.Error, $"{component.Name} {component.Version} is licensed '{component.License}', {detail}; replace the package or extend 'licenses.allow'.", where) { Title = $"License not allowed in {component.Name}" });
                    break;
                case LicenseDecision.Unknown or LicenseDecision.Invalid when options.UnknownLicenses != UnknownLicenseMode.Allow:
                    var fail = options.UnknownLicenses == UnknownLicenseMode.Fail;
                    if (fail)
                    {
                        state.LicenseViolations++;
                    }

                    var known = component.LicenseUrl is null ? string.Empty : $" (license URL: {component.LicenseUrl})";
                    var why = decision == LicenseDecision.Invalid ? $"'{component.License}' is not an SPDX expression ({detail})" : "its license is unknown";
                    state.Findings.Add(new Finding(SupplyChainRules.LicenseUnknown, fail ? Severity.Error : Severity.Warning, $"{component.Name} {component.Version}: {why}{known}; check it and waive '{SupplyChainRules.LicenseUnknown}' for this package, or set 'licenses.unknown'.", where) { Title = $"Unknown license in {component.Name}" });
                    break;
            }
        }
    }
}
